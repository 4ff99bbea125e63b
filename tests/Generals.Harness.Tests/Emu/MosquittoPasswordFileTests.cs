using Generals.Harness.Worlds.Emu;

namespace Generals.Harness.Tests.Emu;

public sealed class MosquittoPasswordFileTests
{
    [Fact]
    public void Line_MosquittoPasswdVector_SameHash()
    {
        // Written by `mosquitto_passwd -U` (mosquitto 2.0.11) for the password "pw1".
        const string Expected = "$7$101$2kzxdwXRA+tLGl1F$CjZNf0jFp7oHO6F2Zz7U4KJ88dRFKS1dqk4fbmmm+BOV7Rs/zVoNSGY8aQ5iiOfJGwHKTpFm4gohpDZ/RX37fw==";

        string line = MosquittoPasswordFile.Line("pw1", Convert.FromBase64String("2kzxdwXRA+tLGl1F"), 101);

        Assert.Equal(Expected, line);
    }

    [Fact]
    public void Write_KitCredentials_OwnerOnlyHashedLinesWithoutAnyPassword()
    {
        KitCredentials credentials = KitCredentials.Generate([1, 2]);
        string path = Path.Combine(Directory.CreateTempSubdirectory("generals-passwd-").FullName, "passwd");
        try
        {
            MosquittoPasswordFile.Write(path, credentials);

            string text = File.ReadAllText(path);
            Assert.All(credentials.Passwords.Values, password => Assert.DoesNotContain(password, text, StringComparison.Ordinal));
            Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                line => Assert.Matches(@"^(harness|watcher|general-\d+):\$7\$1000\$[A-Za-z0-9+/]{16}\$[A-Za-z0-9+/]{86}==$", line));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }
}
