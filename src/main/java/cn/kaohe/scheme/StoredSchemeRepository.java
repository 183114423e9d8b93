package cn.kaohe.scheme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredSchemeRepository extends JpaRepository<StoredScheme, Long> {

    @Query("select max(s.versionNo) from StoredScheme s where s.code = :code")
    Optional<Integer> lastVersion(String code);

    List<StoredScheme> findAllByOrderByCodeAscVersionNoDesc();

    Optional<StoredScheme> findFirstByCodeOrderByVersionNoDesc(String code);
}
