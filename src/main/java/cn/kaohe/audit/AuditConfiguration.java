package cn.kaohe.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    /** The sealing key; without one the application refuses to start (AuditKeyException says how to set it). */
    @Bean
    AuditKey auditKey(AuditProperties properties) {
        return AuditKey.load(properties);
    }
}
