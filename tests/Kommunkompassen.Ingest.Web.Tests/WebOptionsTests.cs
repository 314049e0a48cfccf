using Kommunkompassen.Ingest.App;

namespace Kommunkompassen.Ingest.Web.Tests;

public sealed class WebOptionsTests
{
    public static TheoryData<string> LoopbackUrls() => new() { "http://127.0.0.1:5080", "http://localhost:5080", "http://[::1]:5080", "http://127.0.0.2:80", "https://localhost:5443" };

    public static TheoryData<string> OtherUrls() => new() { "http://0.0.0.0:5080", "http://*:5080", "http://+:5080", "http://192.168.1.5:5080", "http://[::]:5080", "http://kompass.example.se:80" };

    [Theory]
    [MemberData(nameof(LoopbackUrls))]
    public void Check_LoopbackWithoutToken_Starts(string url) => new WebOptions([url]).Check();

    [Theory]
    [MemberData(nameof(OtherUrls))]
    public void Check_OtherAddressWithoutToken_RefusedNamingTheAddress(string url)
    {
        var ex = Assert.Throws<KompassRequestException>(() => new WebOptions([WebDefaults.Url, url]).Check());

        Assert.Equal($"--urls {url} is not this machine's own (loopback) address: give an access token with --token or {WebDefaults.TokenVariable} to serve the archive there", ex.Message);
    }

    [Theory]
    [MemberData(nameof(OtherUrls))]
    public void Check_OtherAddressWithToken_Starts(string url) => new WebOptions([url], "0123456789abcdef").Check();

    [Fact]
    public void Check_ShortToken_RefusedSayingHowLong()
    {
        var ex = Assert.Throws<KompassRequestException>(() => new WebOptions([WebDefaults.Url], "secret").Check());

        Assert.Equal("the access token has 6 characters; give one of at least 16 (e.g. from openssl rand -hex 16)", ex.Message);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:21", "--urls ftp://127.0.0.1:21: not an http address; e.g. http://127.0.0.1:5080")]
    public void Check_NotHttp_Refused(string url, string reason)
    {
        var ex = Assert.Throws<KompassRequestException>(() => new WebOptions([url]).Check());

        Assert.Equal(reason, ex.Message);
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(2, -1)]
    public void Check_NoRequestMayWorkOrFewerThanNoneWait_Refused(int concurrent, int queued)
    {
        var ex = Assert.Throws<KompassRequestException>(() => (WebOptions.Loopback with { ConcurrentRequests = concurrent, QueuedRequests = queued }).Check());

        Assert.Equal("at least 1 request must be able to work at once, and no fewer than 0 wait", ex.Message);
    }

    [Fact]
    public void ConcurrentRequests_NotTold_OnePerProcessor() => Assert.Equal(Environment.ProcessorCount, WebOptions.Loopback.ConcurrentRequests);

    [Fact]
    public void Build_OtherAddressWithoutToken_RefusedBeforeListening()
    {
        var app = new KompassAppBuilder().UseArchive(Path.Combine(Path.GetTempPath(), "kk-none")).Build();

        Assert.Throws<KompassRequestException>(() => KompassWeb.Build(app, new WebOptions(["http://0.0.0.0:5080"])));
    }
}
