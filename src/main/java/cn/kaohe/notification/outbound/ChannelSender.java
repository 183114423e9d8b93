package cn.kaohe.notification.outbound;

/** Sends one outgoing message through one channel; throws when the other side did not accept it. */
interface ChannelSender {

    OutboundChannel channel();

    void send(OutboundMessage message, NotificationProperties.Township township) throws Exception;
}
