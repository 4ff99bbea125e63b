#!/usr/bin/env python3
# Run: python3 tests/Generals.Core.Tests/Wire/wire_vectors.py [--write]  (prints the ```vectors block; --write puts it into docs/wire-format.md)
"""An encoder of wire format v2 written from docs/wire-format.md alone, independent of FrameCodec: the doc's test vectors
come from here, and WireVectorTests checks our codec against them."""
import hashlib
import hmac
import pathlib
import struct
import sys

VERSION = 2
DATA, ACK, HEARTBEAT, PROTOCOL, CONTROL, EVENT = 1, 2, 3, 4, 5, 6
IDEAL, LMS, ED25519, HMAC, AUTHENTICATOR = 1, 2, 3, 4, 5
HARNESS, BROADCAST = 0, 65535


def header(kind, kit, sender, to, incarnation, sequence, instance, round_, payload, signed, version=VERSION):
    """Bytes 0 .. 24+K+P: the header (the signed flag as it will be sent) and the payload."""
    kit_bytes = kit.encode("ascii")
    return (bytes([version, kind, 1 if signed else 0, len(kit_bytes)]) + kit_bytes
            + struct.pack("<HHIIIHH", sender, to, incarnation, sequence, instance, round_, len(payload)) + payload)


def frame(kind, kit, sender, to, stamp, payload=b"", scheme=None, signature=b"", version=VERSION):
    incarnation, sequence, instance, round_ = stamp
    signed_part = header(kind, kit, sender, to, incarnation, sequence, instance, round_, payload, scheme is not None, version)
    if scheme is None:
        return signed_part
    return signed_part + struct.pack("<BH", scheme, len(signature)) + signature


def tag(key, signed_part):
    return hmac.new(key, signed_part, hashlib.sha256).digest()


def mac_sealed(kind, kit, sender, to, stamp, payload, key):
    """Scheme 4: the HMAC-SHA256 tag of the signed part under one key."""
    signed_part = header(kind, kit, sender, to, *stamp, payload, True)
    return signed_part + struct.pack("<BH", HMAC, 32) + tag(key, signed_part)


def authenticated(kind, kit, sender, stamp, payload, receivers):
    """Scheme 5, to 65535: an entry per receiver, its id (u16) and the tag under the key it shares with the sender."""
    signed_part = header(kind, kit, sender, BROADCAST, *stamp, payload, True)
    block = b"".join(struct.pack("<H", receiver) + tag(key, signed_part) for receiver, key in receivers)
    return signed_part + struct.pack("<BH", AUTHENTICATOR, len(block)) + block


def replace(data, at, value):
    return data[:at] + bytes([value]) + data[at + 1:]


def vectors():
    hello = frame(DATA, "lab", 1, 2, (3, 17, 0, 0), b"hello")
    telemetry_key = bytes(range(32))
    unsigned_empty = header(PROTOCOL, "lab", 1, 2, 0, 0, 0, 0, b"", True)
    v1_hello = bytes([1, DATA, 0, 3]) + b"lab" + struct.pack("<BBIIIHH", 1, 2, 3, 17, 0, 0, 5) + b"hello"
    return [
        ("data-reliable", hello, "ok"),
        ("ack", frame(ACK, "lab", 2, 1, (5, 17, 0, 0), struct.pack("<I", 3)), "ok"),
        ("heartbeat-broadcast", frame(HEARTBEAT, "lab", 4, BROADCAST, (1, 99, 0, 0)), "ok"),
        ("protocol-om-order-signed-ideal",
         frame(PROTOCOL, "kit-7", 1, BROADCAST, (2, 8, 42, 1), b"\x01\x00", IDEAL, bytes(range(32))), "ok"),
        ("control-from-harness", frame(CONTROL, "lab", HARNESS, 3, (1, 1, 0, 0), b"\x01\x07", ED25519, b"\xab" * 64), "ok"),
        ("event-telemetry", frame(EVENT, "lab", 3, HARNESS, (7, 1, 0, 0), b"\x02\x01"), "ok"),
        ("event-telemetry-hmac",
         mac_sealed(EVENT, "lab", 3, HARNESS, (7, 1, 0, 0), b"\x01\x01" + struct.pack("<q", 7), telemetry_key), "ok"),
        ("status-offline-hmac", mac_sealed(EVENT, "lab", 3, HARNESS, (7, 2, 0, 0), b"offline", telemetry_key), "ok"),
        ("protocol-authenticator-hmac",
         authenticated(PROTOCOL, "lab", 1, (1, 5, 3, 1), b"\x02\x03", [(2, b"\x02" * 32), (3, b"\x03" * 32)]), "ok"),
        ("data-wide-ids", frame(DATA, "lab", 1000, 4660, (1, 1, 0, 0), b"hi"), "ok"),
        ("protocol-authenticator-wide-ids",
         authenticated(PROTOCOL, "lab", 1000, (1, 6, 3, 1), b"\x02\x03", [(256, b"\xaa" * 32), (4660, b"\xbb" * 32)]), "ok"),
        ("rejected-version-1", v1_hello, "UnsupportedVersion"),
        ("rejected-version-3", replace(hello, 0, 3), "UnsupportedVersion"),
        ("rejected-kind", replace(hello, 1, 7), "UnknownKind"),
        ("rejected-flags", replace(hello, 2, 0x80), "ReservedFlags"),
        ("rejected-kit-length", replace(hello, 3, 0), "BadKitLength"),
        ("rejected-kit-character", replace(hello, 4, ord("L")), "BadKitCharacter"),
        ("rejected-sender-broadcast", frame(DATA, "lab", BROADCAST, 2, (3, 17, 0, 0), b"hello"), "BadSender"),
        ("rejected-truncated-header", hello[:8], "Truncated"),
        ("rejected-truncated-payload", hello[:-1], "Truncated"),
        ("rejected-trailing", hello + b"\x00", "TrailingBytes"),
        ("rejected-payload-too-long", header(DATA, "lab", 1, 2, 0, 0, 0, 0, b"", False)[:-2] + struct.pack("<H", 10241),
         "PayloadTooLong"),
        ("rejected-unknown-scheme", unsigned_empty + struct.pack("<BH", 9, 1) + b"\x01", "UnknownScheme"),
        ("rejected-scheme-after-authenticator", unsigned_empty + struct.pack("<BH", 6, 1) + b"\x01", "UnknownScheme"),
        ("rejected-authenticator-partial-entry", unsigned_empty + struct.pack("<BH", AUTHENTICATOR, 1) + b"\x01",
         "BadSignatureLength"),
        ("rejected-authenticator-v1-entry", unsigned_empty + struct.pack("<BH", AUTHENTICATOR, 33) + b"\x02" + b"\x00" * 32,
         "BadSignatureLength"),
        ("rejected-signature-length-zero", unsigned_empty + struct.pack("<BH", IDEAL, 0), "BadSignatureLength"),
    ]


def block():
    return "```vectors\n" + "".join(f"{name} | {data.hex()} | {expect}\n" for name, data, expect in vectors()) + "```\n"


def main():
    text = block()
    if "--write" not in sys.argv[1:]:
        sys.stdout.write(text)
        return
    doc = pathlib.Path(__file__).resolve().parents[3] / "docs" / "wire-format.md"
    content = doc.read_text()
    start = content.index("```vectors\n")
    end = content.index("```\n", start + len("```vectors\n")) + len("```\n")
    doc.write_text(content[:start] + text + content[end:])


if __name__ == "__main__":
    main()
