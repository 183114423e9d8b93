package cn.kaohe.ops;

import cn.kaohe.report.ReportFormat;
import cn.kaohe.report.ReportRenderer;
import cn.kaohe.report.ReportType;
import cn.kaohe.report.model.ReportDocument;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code kaohe_report_generation_seconds{type,format,outcome}}: how long filling and exporting a report takes, by
 * report type and format, timed around {@link ReportRenderer#render} (automatic and on-demand reports alike)
 * without touching the report module. The series of every type and format exist from start-up.
 */
@Component
class ReportTimingPostProcessor implements BeanPostProcessor {

    static final String TIMER = "kaohe.report.generation";

    private final ObjectProvider<MeterRegistry> registry;

    ReportTimingPostProcessor(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof ReportRenderer renderer)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(renderer);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().equals("render")
                    || !(invocation.getArguments()[0] instanceof ReportDocument document)
                    || !(invocation.getArguments()[1] instanceof ReportFormat format)) {
                return invocation.proceed();
            }
            long start = System.nanoTime();
            String outcome = "failure";
            try {
                Object result = invocation.proceed();
                outcome = "success";
                return result;
            } finally {
                timer(document.type(), format, outcome)
                        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        });
        return proxy.getProxy(renderer.getClass().getClassLoader());
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerEverySeries() {
        for (ReportType type : ReportType.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                timer(type, format, "success");
            }
        }
    }

    private Timer timer(ReportType type, ReportFormat format, String outcome) {
        return Timer.builder(TIMER)
                .description("Time to fill and export a report")
                .tag("type", type.name().toLowerCase(Locale.ROOT))
                .tag("format", format.name().toLowerCase(Locale.ROOT))
                .tag("outcome", outcome)
                .register(registry.getObject());
    }
}
