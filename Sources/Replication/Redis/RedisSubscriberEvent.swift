/// What a ``RedisSubscriber`` reports to its consumer.
///
/// Connection state is part of the stream (not just messages) because Redis pub/sub is
/// at-most-once: messages published while the subscriber was disconnected are lost, so consumers
/// that derive state from messages (e.g. cache invalidation) must resynchronise after
/// ``subscribed(isResubscription:)`` with `isResubscription == true`, e.g. by flushing caches.
public enum RedisSubscriberEvent: Sendable, Hashable {
    /// Redis confirmed the subscription to all channels. `isResubscription` is `true` when this
    /// follows a ``disconnected`` (messages may have been missed meanwhile).
    case subscribed(isResubscription: Bool)
    /// A message published to one of the channels.
    case message(RedisPubSubMessage)
    /// The subscribed connection was lost; the subscriber keeps reconnecting with backoff.
    case disconnected
}
