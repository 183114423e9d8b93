package cn.kaohe.notification.outbound;

import cn.kaohe.notification.CampaignUnits;
import cn.kaohe.org.CadreFilter;
import cn.kaohe.org.CadreSummary;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.UnitNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The township a message belongs to: the root unit above the recipient cadre's unit, else above the campaign's
 * unit, else {@code kaohe.township}. The unit → township map is cached for a minute (units change rarely).
 */
@Component
class TownshipResolver {

    private static final Duration CACHE = Duration.ofMinutes(1);

    private final OrgService org;
    private final ObjectProvider<CampaignUnits> campaigns;
    private final String fallback;
    private Map<Long, String> rootOfUnit = Map.of();
    private Instant loadedAt = Instant.MIN;

    TownshipResolver(
            OrgService org, ObjectProvider<CampaignUnits> campaigns, @Value("${kaohe.township:}") String fallback) {
        this.org = org;
        // lazy: the campaign module, which implements it, sends notifications itself
        this.campaigns = campaigns;
        this.fallback = fallback;
    }

    /** The township of a message to {@code recipient} (a login or group:…) about {@code campaignId} (may be null). */
    String township(String recipient, Long campaignId) {
        Optional<Long> unit = Optional.empty();
        if (recipient != null && !recipient.startsWith("group:")) {
            unit = org.cadres(new CadreFilter(null, recipient, null, null, null)).stream()
                    .filter(c -> recipient.equals(c.loginName()))
                    .findFirst()
                    .map(CadreSummary::unit)
                    .map(u -> u.id());
        }
        if (unit.isEmpty() && campaignId != null) {
            unit = campaigns.getObject().unitOf(campaignId);
        }
        return unit.map(this::townshipOfUnit).orElse(fallback);
    }

    /** The township of a unit (its root unit's name). */
    String townshipOfUnit(long unitId) {
        String root = roots().get(unitId);
        if (root == null) {
            loadedAt = Instant.MIN; // a unit created since the last load
            root = roots().get(unitId);
        }
        return root == null ? fallback : root;
    }

    private synchronized Map<Long, String> roots() {
        Instant now = Clock.systemUTC().instant();
        if (loadedAt.plus(CACHE).isBefore(now)) {
            Map<Long, String> map = new HashMap<>();
            for (UnitNode root : org.unitTree()) {
                put(map, root, root.name());
            }
            rootOfUnit = Map.copyOf(map);
            loadedAt = now;
        }
        return rootOfUnit;
    }

    private static void put(Map<Long, String> map, UnitNode node, String root) {
        map.put(node.id(), root);
        node.children().forEach(child -> put(map, child, root));
    }
}
