package cn.kaohe.org;

/** Read models of the organisation, as answered by the API (no entities leave the module). */
final class Views {

    private Views() {}

    static UnitRef unit(OrgUnit u) {
        return u == null
                ? null
                : new UnitRef(
                        u.getId(),
                        u.getCode(),
                        u.getName(),
                        u.getKind(),
                        u.getKind().label());
    }

    static CadreRef cadre(Cadre c) {
        return c == null ? null : new CadreRef(c.getId(), c.getCode(), c.getName(), c.getPostTitle());
    }

    static String label(Labelled l) {
        return l == null ? null : l.label();
    }
}
