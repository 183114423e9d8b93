package cn.kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageSpecTest {

    static final Set<String> KEYS = Set.of("rank", "total", "name");

    @Test
    void defaultsToTheFirstPageOfFiftyInTheListsOwnOrder() {
        PageSpec spec = PageSpec.of(null, null, null, KEYS, "rank");
        assertThat(spec).isEqualTo(new PageSpec(0, 50, "rank", true));
        assertThat(spec.offset()).isZero();
    }

    @Test
    void readsAKeyAndADirection() {
        PageSpec spec = PageSpec.of(3, 20, "total,desc", KEYS, "rank");
        assertThat(spec.offset()).isEqualTo(60);
        assertThat(spec.ascending()).isFalse();
        assertThat(spec.page(List.of("a"), 61)).isEqualTo(new PageSpec.Page<>(List.of("a"), 3, 20, 61, "total,desc"));
    }

    @Test
    void namesEveryBadParameter() {
        assertThatThrownBy(() -> PageSpec.of(-1, 501, "salary,up", KEYS, "rank"))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CommonError.VALIDATION_FAILED);
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("page", "size", "sort", "sort");
                    assertThat(e.problems().get(2).message()).contains("salary").contains("name、rank、total");
                });
    }
}
