package cn.kaohe.support;

import cn.kaohe.shared.KaoheException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same request twice at the same moment (a double click) and answers "ok" or the error code of each. */
public final class AtOnce {

    private AtOnce() {}

    public static List<String> twice(Runnable request) throws Exception {
        return all(List.of(request, request));
    }

    /** Runs the requests at the same moment, one thread each; answers "ok" or the error code of each, in order. */
    public static List<String> all(List<Runnable> requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.size());
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Runnable request : requests) {
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        request.run();
                        return "ok";
                    } catch (KaoheException e) {
                        return e.errorCode().code();
                    }
                }));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> f : answers) {
                codes.add(f.get(60, TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }
}
