"""Test pictures: generated, with every kind of metadata a phone or an editor may leave."""

from __future__ import annotations

import struct
from pathlib import Path

from PIL import Image, ImageCms

SECRET = b"SECRET-METADATA-MARKER"


def jpeg_with_every_metadata(image: Image.Image, path: Path, orientation: int = 1) -> Path:
    """Save ``image`` as a JPEG carrying EXIF (orientation, GPS, maker note, camera), XMP, an ICC
    profile, a comment and an IPTC (Photoshop APP13) block, each containing ``SECRET``."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Fabricant " + SECRET.decode()  # Make
    exif[0x0110] = "Modèle"  # Model
    exif.get_ifd(0x8769)[0x927C] = SECRET  # MakerNote
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (45.0, 45.0, 30.0), "E", (4.0, 50.0, 10.0)
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description>' + SECRET + b"</rdf:Description></x:xmpmeta>"
    )
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.convert("RGB").save(path, "JPEG", quality=92, exif=exif, xmp=xmp, icc_profile=icc, comment=SECRET)
    iptc = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + struct.pack(">I", len(SECRET) + 5) + b"\x1c\x02\x78"
    iptc += struct.pack(">H", len(SECRET)) + SECRET
    content = path.read_bytes()
    app13 = b"\xff\xed" + struct.pack(">H", len(iptc) + 2) + iptc
    path.write_bytes(content[:2] + app13 + content[2:])
    return path
