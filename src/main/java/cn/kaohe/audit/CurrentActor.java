package cn.kaohe.audit;

/** Who is acting and in which request; implemented by the web layer. */
public interface CurrentActor {

    /** Login name of the acting user, or {@code system} for the engine and scheduled work. */
    String name();

    /** Id of the current HTTP request, or null outside a request. */
    String requestId();
}
