package cn.kaohe.web.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.loginName = :login")
    Optional<AppUser> lockByLoginName(String login);

    List<AppUser> findAllByOrderByLoginNameAsc();

    @Query(
            "select count(u) from AppUser u join u.grants g where g = cn.kaohe.web.security.Role.ADMIN and u.enabled = true")
    long countEnabledAdmins();
}
