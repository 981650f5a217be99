import ArenaTestSupport
import Logging
import Replication
import ServiceLifecycle
import Testing

@Suite("RedisSubscriber against a real redis-server", .timeLimit(.minutes(1)))
struct RedisSubscriberTests {
    let logger = Logger(label: "RedisSubscriberTests")

    @Test("receives published messages, and resubscribes after Redis restarts")
    func receivesAndResubscribes() async throws {
        let redis = try await TestRedis.start()
        let configuration = redis.configuration()
        let subscriber = RedisSubscriber(configuration: configuration, channels: ["news", "sport"], logger: self.logger)
        let client = RedisClient(configuration: configuration, logger: self.logger)
        let recorder = RedisEventRecorder.record(subscriber.events)
        let running = Task { try await subscriber.run() }

        do {
            try await recorder.waitUntil("first subscription") { $0.contains(.subscribed(isResubscription: false)) }
            #expect(try await client.publish("news", "hello") == 1)
            #expect(try await client.publish("sport", "goal") == 1)
            #expect(try await client.publish("weather", "ignored") == 0)
            try await recorder.waitUntil("two messages") { $0.filter(\.isMessage).count == 2 }

            try await redis.restart()
            try await recorder.waitUntil("resubscription") { $0.contains(.subscribed(isResubscription: true)) }
            let events = recorder.events
            let disconnected = try #require(events.firstIndex(of: .disconnected))
            let resubscribed = try #require(events.firstIndex(of: .subscribed(isResubscription: true)))
            #expect(disconnected < resubscribed)

            let receivers = try await redisEventually(within: .seconds(5)) {
                try await client.publish("news", "after restart")
            }
            #expect(receivers == 1)
            try await recorder.waitUntil("message after restart") {
                $0.contains(.message(RedisPubSubMessage(channel: "news", payload: "after restart")))
            }
            #expect(
                recorder.events.filter(\.isMessage) == [
                    .message(RedisPubSubMessage(channel: "news", payload: "hello")),
                    .message(RedisPubSubMessage(channel: "sport", payload: "goal")),
                    .message(RedisPubSubMessage(channel: "news", payload: "after restart")),
                ]
            )
        } catch {
            running.cancel()
            await client.close()
            try? await redis.stop()
            throw error
        }

        running.cancel()
        try await withRedisTimeout(.seconds(5), "subscriber returns after cancellation") {
            try await running.value
        }
        try await recorder.waitUntil("events stream finished", timeout: .seconds(5)) { _ in recorder.isFinished }
        await client.close()
        try await redis.stop()
    }

    @Test("keeps retrying while Redis is down and subscribes once it is up")
    func waitsForRedis() async throws {
        let redis = try await TestRedis.start()
        try await redis.stop()
        let configuration = redis.configuration()
        let subscriber = RedisSubscriber(configuration: configuration, channels: ["news"], logger: self.logger)
        let recorder = RedisEventRecorder.record(subscriber.events)
        let running = Task { try await subscriber.run() }

        try await Task.sleep(for: .milliseconds(400))
        #expect(recorder.events.isEmpty, "no .disconnected before ever being subscribed")
        try await redis.restart()
        do {
            try await recorder.waitUntil("subscription once Redis is up") {
                $0 == [.subscribed(isResubscription: false)]
            }
        } catch {
            running.cancel()
            try? await redis.stop()
            throw error
        }
        running.cancel()
        try await withRedisTimeout(.seconds(5), "subscriber returns after cancellation") {
            try await running.value
        }
        try await redis.stop()
    }

    @Test("returns on graceful shutdown of its ServiceGroup")
    func gracefulShutdown() async throws {
        let redis = try await TestRedis.start()
        let configuration = redis.configuration()
        let subscriber = RedisSubscriber(configuration: configuration, channels: ["news"], logger: self.logger)
        let recorder = RedisEventRecorder.record(subscriber.events)
        let group = ServiceGroup(services: [subscriber], logger: self.logger)
        let running = Task { try await group.run() }

        do {
            try await recorder.waitUntil("subscription") { $0.contains(.subscribed(isResubscription: false)) }
        } catch {
            running.cancel()
            try? await redis.stop()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await withRedisTimeout(.seconds(5), "service group finishes after graceful shutdown") {
            try await running.value
        }
        try await recorder.waitUntil("events stream finished", timeout: .seconds(5)) { _ in recorder.isFinished }
        try await redis.stop()
    }
}

extension RedisSubscriberEvent {
    fileprivate var isMessage: Bool {
        if case .message = self { return true }
        return false
    }
}
