using System.Diagnostics;
using Microsoft.Playwright;

namespace Generals.Browser.Tests;

/// <summary>
/// Debian's chromium, driven by Playwright (which cannot download a browser here): launched headless by path. On a machine
/// without it (a CI machine has only the .NET SDK) it is installed with apt-get when we run as root; when it cannot be
/// had, every browser test fails with the reason, never skips.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts its launcher.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>How long apt-get may take to fetch and install chromium (about 100 MB with its libraries).</summary>
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(15);

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("chromium is not running");

    public async Task InitializeAsync()
    {
        EnsureInstalled();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Containers and CI runners often lack the user namespaces chromium's sandbox needs; the pages are our own.
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser != null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        if (!Environment.IsPrivilegedProcess || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing and cannot be installed from here (needs root and apt-get): install Debian's chromium package "
                + "(`sudo apt-get install chromium`); the browser tests drive it by path.");
        }

        var install = new ProcessStartInfo("bash", ["-c", "flock /tmp/generals-apt.lock -c 'apt-get update -qq && apt-get install -y -qq chromium'"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        install.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using Process process = Process.Start(install) ?? throw new InvalidOperationException("apt-get could not be started");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(InstallTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"installing chromium with apt-get took over {InstallTimeout.TotalMinutes} minutes");
        }

        if (process.ExitCode != 0 || !File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"apt-get install chromium failed (exit {process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
