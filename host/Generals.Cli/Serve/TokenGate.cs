using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Generals.Cli.Serve;

/// <summary>
/// The door of `generals serve`. With a token, a request gets in only with it: the `X-Generals-Token` header, an
/// `Authorization: Bearer` header, the cookie a first `?token=` set, or that query itself. Any POST must come from the
/// server's own pages (a cross-site form cannot press the instructor's buttons): an `Origin` header naming another host is refused.
/// </summary>
public sealed class TokenGate(string? token, ServeCounters counters)
{
    /// <summary>The cookie that carries the token after a first `?token=`.</summary>
    public const string CookieName = "generals-token";

    /// <summary>The header that carries the token (scripts, tests).</summary>
    public const string HeaderName = "X-Generals-Token";

    private readonly byte[]? _token = token == null ? null : Encoding.UTF8.GetBytes(token);

    /// <summary>True when the request may go on; else the response is written (401 or 403) and counted.</summary>
    public async Task<bool> AdmitAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Headers.Origin is { Count: > 0 } origin
            && !(Uri.TryCreate(origin.ToString(), UriKind.Absolute, out Uri? from) && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return await RefuseAsync(context, StatusCodes.Status403Forbidden, "forbidden-origin", "a POST from another site's page");
        }

        if (_token == null)
        {
            return true;
        }

        string? bearer = request.Headers.Authorization.ToString() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null;
        string? query = request.Query["token"].FirstOrDefault();
        string? given = request.Headers[HeaderName].FirstOrDefault() ?? bearer ?? request.Cookies[CookieName] ?? query;
        if (given == null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token))
        {
            return await RefuseAsync(context, StatusCodes.Status401Unauthorized, "unauthorized", "this server needs its token: open it once with ?token=T, or send the X-Generals-Token header");
        }

        if (query != null)
        {
            context.Response.Cookies.Append(CookieName, query, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        }

        return true;
    }

    private async Task<bool> RefuseAsync(HttpContext context, int status, string error, string detail)
    {
        counters.Count(error);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ServeError.Json(error, detail)).ConfigureAwait(false);
        return false;
    }
}
