using System.Globalization;
using System.Text.Json.Nodes;
using Generals.Harness.Worlds.Lab;

namespace Generals.Cli.Commands;

/// <summary>`generals boards --json`: the presence table as data, one object per board, a number where the table has one, null for "-".</summary>
public static class BoardsJson
{
    public static JsonObject Document(string kit, TimeSpan listen, IReadOnlyList<BoardSighting> boards, long nowMs, bool allOnline)
    {
        ArgumentNullException.ThrowIfNull(boards);
        var entries = new JsonArray();
        foreach (BoardSighting board in boards)
        {
            string[] cells = PresenceTable.Cells(board, nowMs);
            var entry = new JsonObject();
            for (int i = 0; i < cells.Length; i++)
            {
                string name = PresenceTable.Columns[i].Replace(' ', '_');
                if (name != "last_seen")
                {
                    entry[name] = Value(cells[i]);
                }
            }

            entry["last_seen_ms_ago"] = board.LastSeenMs < 0 ? null : Math.Max(0, nowMs - board.LastSeenMs);
            entries.Add(entry);
        }

        return new JsonObject
        {
            ["kit"] = kit,
            ["listen_ms"] = (long)listen.TotalMilliseconds,
            ["all_online"] = allOnline,
            ["boards"] = entries,
        };
    }

    private static JsonNode? Value(string cell) =>
        cell == "-" ? null
        : long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) ? number
        : cell;
}
