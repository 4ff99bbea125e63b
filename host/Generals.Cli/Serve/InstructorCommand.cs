using System.Globalization;
using Generals.Harness.Worlds.Emu;
using Microsoft.AspNetCore.Http;

namespace Generals.Cli.Serve;

/// <summary>
/// `POST /live/{id}/instructor/{command}`: crash, restart, pause or resume `?general=N`, `partition?groups=1,2|3,4`, `heal`.
/// Carried out by the run's <see cref="Instructor"/>; an unknown command or general, or one that cannot apply now, is a
/// 400 with a typed error (`unknown-command`, `unknown-general`, `general-down`, ...), counted, and never reaches the world.
/// </summary>
public static class InstructorCommand
{
    private static readonly Dictionary<string, InstructorAction> Actions = Enum.GetValues<InstructorAction>()
        .ToDictionary(a => a.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static IResult Carry(LiveSession session, string command, string? general, string? groups, ServeCounters counters)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(counters);
        if (!Actions.TryGetValue(command, out InstructorAction action))
        {
            return Refused(InstructorRefusal.UnknownCommand, $"{command}: the commands are {string.Join(", ", Actions.Keys)}", counters);
        }

        if (session.Instructor is not { } instructor || session.Ended)
        {
            return Refused(InstructorRefusal.NotLive, $"live {session.Id} is {session.State}", counters);
        }

        InstructorRefusal refusal;
        if (action == InstructorAction.Partition)
        {
            List<IReadOnlyList<int>>? parsed = ParseGroups(groups);
            refusal = parsed == null ? InstructorRefusal.BadGroups : instructor.Partition(parsed);
        }
        else if (action == InstructorAction.Heal)
        {
            refusal = instructor.Heal();
        }
        else
        {
            refusal = int.TryParse(general, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? instructor.Apply(action, id) : InstructorRefusal.UnknownGeneral;
        }

        return refusal == InstructorRefusal.None
            ? Results.Json(new Dictionary<string, string> { ["done"] = command })
            : Refused(refusal, Detail(refusal, general, groups, session), counters);
    }

    /// <summary>The error's name in the JSON and the counters: UnknownGeneral is "unknown-general".</summary>
    public static string NameOf(InstructorRefusal refusal) =>
        string.Concat(refusal.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    // "1,2|3,4": groups joined by '|', ids by ','; null when that is not what it is.
    private static List<IReadOnlyList<int>>? ParseGroups(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200)
        {
            return null;
        }

        var groups = new List<IReadOnlyList<int>>();
        foreach (string group in text.Split('|'))
        {
            var ids = new List<int>();
            foreach (string id in group.Split(',', StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed))
                {
                    return null;
                }

                ids.Add(parsed);
            }

            groups.Add(ids);
        }

        return groups;
    }

    private static string Detail(InstructorRefusal refusal, string? general, string? groups, LiveSession session) => refusal switch
    {
        InstructorRefusal.UnknownGeneral => $"general {general ?? "(none)"}: the run has generals 1 to {session.Generals}",
        InstructorRefusal.BadGroups => $"groups {groups ?? "(none)"}: two non-empty groups of generals 1 to {session.Generals}, no general in both, as 1,2|3,4",
        InstructorRefusal.NotLive => $"live {session.Id} is not running its plan now ({session.State})",
        InstructorRefusal.GeneralDown => $"general {general} is down",
        InstructorRefusal.GeneralRunning => $"general {general} is running",
        InstructorRefusal.AlreadyPaused => $"general {general} is paused already",
        InstructorRefusal.NotPaused => $"general {general} is not paused",
        InstructorRefusal.PauseUnsupported => "this OS cannot pause a process: " + ProcessControls.Current.PauseUnsupported,
        InstructorRefusal.PartitionActive => "a partition is in force: heal it first",
        InstructorRefusal.NoPartition => "no partition of the instructor's is in force",
        _ => refusal.ToString(),
    };

    private static IResult Refused(InstructorRefusal refusal, string detail, ServeCounters counters)
    {
        string name = NameOf(refusal);
        counters.Count(name);
        return Results.Text(ServeError.Json(name, detail), "application/json", statusCode: StatusCodes.Status400BadRequest);
    }
}
