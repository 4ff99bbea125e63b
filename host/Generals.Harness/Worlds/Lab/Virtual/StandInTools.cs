namespace Generals.Harness.Worlds.Lab.Virtual;

/// <summary>
/// The stand-ins a virtual lab puts first on PATH: `uhubctl` and `usbrelay` scripts that take the real tools' command lines
/// (`uhubctl -l 1-1 -p 2 -a off`, `usbrelay VLAB1_2=0`) and turn them into a kill -9 or a restart of the virtual board wired
/// to that hub port or relay, through one `switch` script: off kills the process of the board's pid file in the lab's state
/// folder; on asks the lab, through its `requests` pipe, to start the board again (so every board is the lab's child and dies
/// with it) and waits for the new pid file. Every call is appended to `power.log` there.
/// </summary>
public static class StandInTools
{
    /// <summary>Writes the three scripts into <paramref name="toolFolder"/> for the state folder <paramref name="stateFolder"/>.</summary>
    public static void Write(string toolFolder, string stateFolder)
    {
        Directory.CreateDirectory(toolFolder);
        WriteScript(Path.Combine(toolFolder, "switch"), Switch(stateFolder));
        WriteScript(Path.Combine(toolFolder, "uhubctl"), Uhubctl(toolFolder, stateFolder));
        WriteScript(Path.Combine(toolFolder, "usbrelay"), UsbRelay(toolFolder, stateFolder));
    }

    /// <summary>The state folder's key of a hub port (`uhubctl_1-1_2`).</summary>
    public static string HubKey(string location, int port) => $"uhubctl_{location}_{port}";

    /// <summary>The state folder's key of a relay (`usbrelay_VLAB1_2`).</summary>
    public static string RelayKey(string relay) => "usbrelay_" + relay;

    private static void WriteScript(string path, string text)
    {
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the virtual lab's stand-ins are bash scripts (Linux, macOS)");
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // switch KEY off|on: kill -9 the board's process, or ask the lab (its requests pipe) to start it again and wait for its pid.
    private static string Switch(string state) => $$"""
        #!/bin/bash
        # Written by the virtual lab (generals lab virtual): switches the virtual board on KEY off (kill -9) or on (restart).
        state={{Quote(state)}}
        key="$1"; action="$2"
        if [ ! -f "$state/$key.cmd" ]; then echo "no board on $key" >&2; exit 1; fi
        pidfile="$state/$key.pid"
        case "$action" in
          off)
            if [ -f "$pidfile" ]; then kill -9 "$(cat "$pidfile")" 2>/dev/null; rm -f "$pidfile"; fi
            echo "$key: power off" ;;
          on)
            if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "$key: power already on"; exit 0; fi
            rm -f "$pidfile"
            echo "on $key" > "$state/requests"
            for attempt in $(seq 100); do
              if [ -f "$pidfile" ]; then echo "$key: power on (pid $(cat "$pidfile"))"; exit 0; fi
              sleep 0.1
            done
            echo "$key: the virtual lab did not start the board within 10 s" >&2; exit 1 ;;
          *) echo "switch: off or on, not '$action'" >&2; exit 1 ;;
        esac
        """;

    private static string Uhubctl(string tools, string state) => $$"""
        #!/bin/bash
        # Stand-in for uhubctl (written by the virtual lab): uhubctl -l LOCATION -p PORT -a off|on, on virtual boards.
        echo "uhubctl $*" >> {{Quote(Path.Combine(state, "power.log"))}}
        location=""; port=""; action=""
        while [ $# -gt 0 ]; do
          case "$1" in
            -l) location="$2"; shift 2 ;;
            -p) port="$2"; shift 2 ;;
            -a) action="$2"; shift 2 ;;
            *) echo "uhubctl (stand-in): unknown argument '$1'" >&2; exit 1 ;;
          esac
        done
        case "$action" in off|0) action=off ;; on|1) action=on ;; *) echo "uhubctl (stand-in): -a off|on" >&2; exit 1 ;; esac
        exec {{Quote(Path.Combine(tools, "switch"))}} "uhubctl_${location}_${port}" "$action"
        """;

    private static string UsbRelay(string tools, string state) => $$"""
        #!/bin/bash
        # Stand-in for usbrelay (written by the virtual lab): usbrelay SERIAL_N=0|1, on virtual boards.
        echo "usbrelay $*" >> {{Quote(Path.Combine(state, "power.log"))}}
        if [ $# -eq 0 ]; then ls {{Quote(state)}} | sed -n 's/^usbrelay_\(.*\)\.cmd$/\1=?/p'; exit 0; fi
        for setting in "$@"; do
          relay="${setting%%=*}"; value="${setting#*=}"
          case "$value" in 0) action=off ;; 1) action=on ;; *) echo "usbrelay (stand-in): $setting must be RELAY_N=0|1" >&2; exit 1 ;; esac
          {{Quote(Path.Combine(tools, "switch"))}} "usbrelay_$relay" "$action" || exit 1
        done
        """;
}
