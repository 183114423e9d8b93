/**
 * Notifications: in-app messages to a cadre, a leader or a group (待办提醒, 公示, 申诉结果…) and their outbound copies
 * (mail, DingTalk/WeCom robots) written to an outbox in the sender's transaction and drained after commit
 * ({@code notification.outbound}, docs/adr/0015).
 */
package cn.kaohe.notification;
