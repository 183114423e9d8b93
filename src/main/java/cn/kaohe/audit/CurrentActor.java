package cn.kaohe.audit;

/** Who is acting and in which request; implemented by the web layer. */
public interface CurrentActor {

    /** Login name of the acting user, or {@code system} for the engine and scheduled work. */
    String name();

    /** Id of the current HTTP request, or null outside a request. */
    String requestId();

    /** The acting user's groups (roles), e.g. {@code office}, {@code committee}; empty for the system. */
    default java.util.Set<String> groups() {
        return java.util.Set.of();
    }
}
