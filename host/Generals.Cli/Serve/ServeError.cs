using System.Text.Json;

namespace Generals.Cli.Serve;

/// <summary>The body of every refusal of `generals serve`: `{"error":"unknown-general","detail":"..."}`, the error a lower-case name a script can test.</summary>
public static class ServeError
{
    /// <summary>The JSON body for <paramref name="error"/>.</summary>
    public static string Json(string error, string detail) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = error, ["detail"] = detail });
}
