package cn.kaohe.scheme;

import java.util.Optional;

/**
 * Port: the scheme version a cadre is assessed under now, answered by the module that owns assessments ({@code
 * campaign}) so that {@code scheme} names no campaign table and does not depend on {@code campaign} (issue 17).
 */
public interface CadreSchemeVersions {

    /** The scheme version of the latest campaign that assessed the cadre, if any. */
    Optional<Long> latestSchemeVersionOf(long cadreId);
}
