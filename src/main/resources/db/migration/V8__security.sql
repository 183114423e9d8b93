-- Users who may log in (登录账号). A cadre's login name is cadre.login_name; roles are derived at login from the
-- organisation tables (cadre, supervision, committee_membership) plus the explicit grants in app_user_grant.
-- Passwords are stored as DelegatingPasswordEncoder hashes ({bcrypt}…). Lock-out after repeated failures.
create table app_user (
    login_name          varchar(40)  primary key,
    password_hash       varchar(200) not null,
    -- null for accounts that are not a cadre of the roster (e.g. the administrator)
    cadre_id            bigint       references cadre (id),
    display_name        varchar(50),
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0,
    locked_until        timestamp with time zone,
    password_changed_at timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    version             bigint       not null default 0
);
create index app_user_cadre on app_user (cadre_id);

-- Roles granted explicitly (OFFICE 绩考办, PARTY 党委, ADMIN 管理员); every grant and revocation is audited.
create table app_user_grant (
    login_name varchar(40) not null references app_user (login_name),
    role       varchar(20) not null,
    primary key (login_name, role)
);
