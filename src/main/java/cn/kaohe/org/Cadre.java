package cn.kaohe.org;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cadre (干部) of the township: identified by the work number (工号), placed in one unit with a post,
 * possibly resident in a village (驻村), possibly a leadership member (班子成员) who supervises units (分管).
 */
@Entity
@Table(name = "cadre")
public class Cadre {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Gender gender;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(name = "post_title")
    private String postTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_rank", nullable = false)
    private PostRank postRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_type", nullable = false)
    private StaffType staffType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    private OrgUnit village;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_role")
    private LeadershipRole leadershipRole;

    @Column(name = "assessment_lead", nullable = false)
    private boolean assessmentLead;

    @Column(name = "login_name")
    private String loginName;

    private String phone;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(
            name = "supervision",
            joinColumns = @JoinColumn(name = "leader_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<OrgUnit> supervisedUnits = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "committee_membership", joinColumns = @JoinColumn(name = "cadre_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<CommitteeRole> committeeRoles = EnumSet.noneOf(CommitteeRole.class);

    @OneToMany(mappedBy = "cadre", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("fromMonth")
    private List<Secondment> secondments = new ArrayList<>();

    protected Cadre() {}

    public Cadre(CadreData data) {
        this.code = data.code();
        apply(data);
    }

    /** Takes over the desired state; a secondment term in the data is added or, same first month, replaced. */
    void apply(CadreData data) {
        if (!code.equals(data.code())) {
            throw new IllegalArgumentException("work number cannot change");
        }
        this.name = data.name();
        this.gender = data.gender();
        this.unit = data.unit();
        this.postTitle = data.postTitle();
        this.postRank = data.postRank();
        this.staffType = data.staffType();
        this.village = data.village();
        this.leadershipRole = data.leadershipRole();
        this.supervisedUnits.retainAll(data.supervisedUnits());
        this.supervisedUnits.addAll(data.supervisedUnits());
        this.committeeRoles.retainAll(data.committeeRoles());
        this.committeeRoles.addAll(data.committeeRoles());
        this.assessmentLead = data.assessmentLead();
        this.loginName = data.loginName();
        this.phone = data.phone();
        if (data.secondment() != null) {
            addOrReplace(data.secondment());
        }
        this.active = true;
    }

    void addOrReplace(SecondmentTerm term) {
        for (Secondment s : secondments) {
            if (s.getFromMonth().equals(term.fromMonth())) {
                s.apply(term);
                return;
            }
        }
        secondments.add(new Secondment(this, term));
        secondments.sort(Comparator.comparing(Secondment::getFromMonth));
    }

    void superviseExactly(Set<OrgUnit> units) {
        supervisedUnits.retainAll(units);
        supervisedUnits.addAll(units);
    }

    void holdCommitteeRoles(Set<CommitteeRole> roles, boolean lead) {
        committeeRoles.retainAll(roles);
        committeeRoles.addAll(roles);
        assessmentLead = lead;
    }

    void deactivate() {
        this.active = false;
    }

    /** The current state for the audit trail and for change detection. */
    public CadreSnapshot snapshot() {
        return CadreSnapshot.of(this);
    }

    /** The current state as data, to be changed and applied again. */
    public CadreData data() {
        return new CadreData(
                code,
                name,
                gender,
                unit,
                postTitle,
                postRank,
                staffType,
                village,
                leadershipRole,
                Set.copyOf(supervisedUnits),
                committeeRoles.isEmpty() ? Set.of() : EnumSet.copyOf(committeeRoles),
                assessmentLead,
                loginName,
                phone,
                null);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public PostRank getPostRank() {
        return postRank;
    }

    public StaffType getStaffType() {
        return staffType;
    }

    /** The village or community the cadre is resident in (驻村), or null. */
    public OrgUnit getVillage() {
        return village;
    }

    public boolean isVillageResident() {
        return village != null;
    }

    public LeadershipRole getLeadershipRole() {
        return leadershipRole;
    }

    /** 班子成员. */
    public boolean isLeadershipMember() {
        return leadershipRole != null;
    }

    public boolean isAssessmentLead() {
        return assessmentLead;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public Set<OrgUnit> getSupervisedUnits() {
        return Set.copyOf(supervisedUnits);
    }

    public Set<CommitteeRole> getCommitteeRoles() {
        return committeeRoles.isEmpty() ? Set.of() : EnumSet.copyOf(committeeRoles);
    }

    public List<Secondment> getSecondments() {
        return List.copyOf(secondments);
    }

    @Override
    public String toString() {
        return "Cadre[" + code + " " + name + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Cadre c && getId() != null && Objects.equals(getId(), c.getId()));
    }

    @Override
    public int hashCode() {
        return Cadre.class.hashCode();
    }
}
