using System.Globalization;
using System.Text;
using Generals.Harness.History;
using Generals.Harness.Network;

namespace Generals.Harness.Worlds.Lab;

/// <summary>
/// The presence table of a kit's boards, for `generals boards` and for a lab run that waits for them: id, status, firmware,
/// boot count, reset cause, free heap, Wi-Fi RSSI, signatures left, last seen; "-" for what a board did not say (a board's
/// boot report comes only when it boots while the harness listens; no board reports its Wi-Fi signal yet).
/// </summary>
public static class PresenceTable
{
    /// <summary>The column headers.</summary>
    public static IReadOnlyList<string> Columns => Header;

    private static readonly string[] Header = ["board", "status", "firmware", "boots", "reset cause", "free heap", "wifi rssi", "keys left", "last seen"];

    /// <summary>The table at harness time <paramref name="nowMs"/>.</summary>
    public static string Render(IEnumerable<BoardSighting> boards, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(boards);
        List<string[]> rows = [Header, .. boards.Select(b => Row(b, nowMs))];
        int[] widths = [.. Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length))];
        var text = new StringBuilder();
        foreach (string[] row in rows)
        {
            text.Append(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The status word of a board: online, offline (its last will), failed (boot refused), missing (never heard).</summary>
    public static string StatusOf(BoardSighting board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return board.Status == GeneralStatus.Unknown ? "missing" : HistoryNames.Of(board.Status);
    }

    /// <summary>A board's cells under <see cref="Columns"/> at harness time <paramref name="nowMs"/>.</summary>
    public static string[] Cells(BoardSighting board, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(board);
        return Row(board, nowMs);
    }

    private static string[] Row(BoardSighting board, long nowMs)
    {
        HistoryEvent? report = board.BootReport;
        string Field(string name) => report == null ? "-" : HistoryTypes.Of(HistoryType.BoardBooted).Fields.Single(f => f.Name == name).TextOf(report);
        string memory = Field("free_memory_bytes");
        string keys = Field("signatures_left");
        return
        [
            board.Board.ToString(CultureInfo.InvariantCulture),
            StatusOf(board),
            Field("firmware"),
            Field("boot_count"),
            Field("reset_cause"),
            memory == "-1" ? "-" : memory,
            "-",
            keys == "-1" ? "-" : keys,
            board.LastSeenMs < 0 ? "never" : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, nowMs - board.LastSeenMs) / 1000.0:0.0} s ago"),
        ];
    }
}
