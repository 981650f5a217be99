import ArenaTestSupport
import Foundation
import Logging
import Replication
import Testing

/// Redis as `arena up` locks it down: TLS only, ACL users per role (docs/operations.md).
@Suite("Redis with TLS and ACL users", .timeLimit(.minutes(1)))
struct RedisSecurityTests {
    let logger = Logger(label: "RedisSecurityTests")

    @Test("a client without TLS, without a login or with a wrong password is refused; the roles' users work over TLS")
    func refusals() async throws {
        let redis = try await TestRedis.start(secure: true)
        defer { Task { try? await redis.stop() } }

        let plain = RedisClient(configuration: RedisConfiguration(host: redis.host, port: redis.port, commandTimeout: .seconds(2)), logger: self.logger)
        await #expect(throws: RedisError.self) { try await plain.ping() }
        await plain.close()

        var anonymous = redis.configuration(as: .core)
        anonymous.credentials = nil
        let nobody = RedisClient(configuration: anonymous, logger: self.logger)
        let refused = await #expect(throws: RedisError.self) { try await nobody.set("arena:x", "1") }
        #expect(refused?.serverMessage?.hasPrefix("NOAUTH") == true, "\(String(describing: refused))")
        await nobody.close()

        var wrong = redis.configuration(as: .core)
        wrong.credentials?.password = "not-the-password"
        let intruder = RedisClient(configuration: wrong, logger: self.logger)
        let denied = await #expect(throws: RedisError.self) { try await intruder.ping() }
        #expect(denied?.isAuthenticationFailure == true, "\(String(describing: denied))")
        await intruder.close()

        // A CA that did not sign Redis's certificate: the handshake fails.
        var otherCA = redis.configuration(as: .core)
        otherCA.tls = .init(caCertificatePath: "/etc/ssl/certs/ca-certificates.crt")
        let misled = RedisClient(configuration: otherCA, logger: self.logger)
        await #expect(throws: RedisError.self) { try await misled.ping() }
        await misled.close()

        let core = RedisClient(configuration: redis.configuration(as: .core), logger: self.logger)
        #expect(try await core.set("arena:greeting", "hi"))
        #expect(try await core.eval("return redis.call('GET', KEYS[1])", keys: ["arena:greeting"], arguments: []).string == "hi")
        await core.close()
    }

    @Test("the edge user runs what edges run on arena keys, and none of FLUSHALL, CONFIG, KEYS, DEBUG or other keys")
    func edgeLeastPrivilege() async throws {
        let redis = try await TestRedis.start(secure: true)
        defer { Task { try? await redis.stop() } }
        let edge = RedisClient(configuration: redis.configuration(as: .edge), logger: self.logger)
        #expect(try await edge.set("arena:match:1", "state"))
        #expect(try await edge.pipeline([["RPUSH", "arena:match:1:inbox", "c"], ["PUBLISH", "arena:match-commands", "1"]]).count == 2)
        #expect(try await edge.eval("return redis.call('INCR', KEYS[1])", keys: ["arena:n"], arguments: []).int == 1)
        for command in [["FLUSHALL"], ["CONFIG", "GET", "*"], ["KEYS", "*"], ["DEBUG", "SLEEP", "0"], ["SET", "other:key", "v"], ["SHUTDOWN"]] {
            let error = await #expect(throws: RedisError.self, "\(command)") { try await edge.send(command) }
            // DEBUG is also off server-wide (Redis 7's enable-debug-command), which answers first.
            let message = error?.serverMessage ?? ""
            #expect(message.hasPrefix("NOPERM") || (command[0] == "DEBUG" && message.contains("not allowed")), "\(command): \(message)")
        }
        #expect(try await edge.get("arena:match:1") == "state", "nothing was wiped")
        await edge.close()

        // A subscriber logs in and hears what the core publishes.
        let subscriber = RedisSubscriber(configuration: redis.configuration(as: .edge), channels: ["arena:invalidate"], logger: self.logger)
        let recorder = RedisEventRecorder.record(subscriber.events)
        let running = Task { try await subscriber.run() }
        let core = RedisClient(configuration: redis.configuration(as: .core), logger: self.logger)
        try await redisEventually(within: .seconds(10)) {
            _ = try await core.publish("arena:invalidate", "problems")
            let heard = recorder.events.contains { event in
                if case .message(let message) = event { return message.payload == "problems" }
                return false
            }
            guard heard else { throw RedisTestTimeout(description: "no message yet") }
        }
        running.cancel()
        await core.close()
    }
}
