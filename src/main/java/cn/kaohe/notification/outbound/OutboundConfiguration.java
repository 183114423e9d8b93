package cn.kaohe.notification.outbound;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the outbox drain ({@link OutboxDrainer}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboundConfiguration {}
