package cn.kaohe.deposit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Risk deposits. */
public interface RiskDepositRepository extends JpaRepository<RiskDeposit, Long> {

    List<RiskDeposit> findByYearOrderByCadreIdAscIdAsc(int year);

    List<RiskDeposit> findByCadreIdOrderByYearDescIdAsc(long cadreId);

    boolean existsByCadreIdAndYearAndItem(long cadreId, int year, String item);
}
