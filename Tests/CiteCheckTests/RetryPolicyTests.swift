import Testing
@testable import CiteCheck

@Test func retryableAnswersAndErrors() {
    #expect(RetryPolicy.isRetryable(status: 429))
    #expect(RetryPolicy.isRetryable(status: 408))
    #expect(RetryPolicy.isRetryable(status: 503))
    #expect(!RetryPolicy.isRetryable(status: 501))
    #expect(!RetryPolicy.isRetryable(status: 404))
    #expect(RetryPolicy.isRetryable(FetchError(.timeout, "")))
    #expect(RetryPolicy.isRetryable(FetchError(.connection, "")))
    #expect(!RetryPolicy.isRetryable(FetchError(.dns, "")))
}

@Test func backoffDoublesAndRetryAfterWinsUpToTheCap() {
    var options = FetchOptions()
    options.retryBaseDelay = 1
    options.maxRetryDelay = 10
    let policy = RetryPolicy(options)
    #expect((1.0...1.25).contains(policy.delay(afterAttempt: 0, retryAfter: nil)))
    #expect((4.0...5.0).contains(policy.delay(afterAttempt: 2, retryAfter: nil)))
    #expect(policy.delay(afterAttempt: 8, retryAfter: nil) == 10)
    #expect(policy.delay(afterAttempt: 0, retryAfter: 3) == 3)
    #expect(policy.delay(afterAttempt: 0, retryAfter: 3600) == 10)
}
