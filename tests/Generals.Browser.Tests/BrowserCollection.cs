namespace Generals.Browser.Tests;

/// <summary>The browser tests share one chromium and run one after the other (a live run is one process per general on a shared machine).</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
}
