package cn.kaohe.org;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.YearMonth;

/**
 * 借调: a cadre works for a host organisation from one month to another (both inclusive; open-ended
 * while {@code toMonth} is null). Pay is prorated by month later (seed 004 第二十四条: 抽调或借用人员由原单位计发奖金;
 * seed 000 四4: 借调期满一年，年度考核等级归借调单位评定，奖金归借调单位发放).
 */
@Entity
@Table(name = "secondment")
public class Secondment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    @Column(name = "host_organisation", nullable = false)
    private String hostOrganisation;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "from_month", nullable = false)
    private YearMonth fromMonth;

    @Convert(converter = YearMonthConverter.class)
    @Column(name = "to_month")
    private YearMonth toMonth;

    protected Secondment() {}

    Secondment(Cadre cadre, SecondmentTerm term) {
        this.cadre = cadre;
        apply(term);
    }

    void apply(SecondmentTerm term) {
        this.hostOrganisation = term.hostOrganisation();
        this.fromMonth = term.fromMonth();
        this.toMonth = term.toMonth();
    }

    public Long getId() {
        return id;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public String getHostOrganisation() {
        return hostOrganisation;
    }

    public YearMonth getFromMonth() {
        return fromMonth;
    }

    public YearMonth getToMonth() {
        return toMonth;
    }

    public SecondmentTerm term() {
        return new SecondmentTerm(hostOrganisation, fromMonth, toMonth);
    }
}
