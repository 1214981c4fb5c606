"""Photos of items and exceptions: checked to be an image without Qt (magic bytes, then Pillow)
and scaled down before they are stored, so nothing raw beyond the limit is kept."""
from __future__ import annotations

import io
from pathlib import Path

from desk import settings
from desk.db.showflats import Photo
from desk.services.core.errors import QT_TRANSLATE_NOOP, ValidationError

# Files larger than this are refused before they are even read.
MAX_INPUT_BYTES = 30 * 1024 * 1024
# Pixel count beyond which Pillow would need too much memory (a decompression bomb).
MAX_INPUT_PIXELS = 60_000_000

MAGIC = [
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
]


def sniff(head: bytes) -> str | None:
    """The image format told by a file's first bytes, or None."""
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    return None


def _not_image() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("desk", "所选文件不是图片（支持 JPG、PNG、GIF、BMP、WEBP）"))


def prepare(source: bytes | str | Path) -> tuple[bytes, int, int, str]:
    """Check and scale a photo: returns (jpeg bytes, width, height, original name)."""
    name = ""
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = path.name
        try:
            size = path.stat().st_size
        except OSError:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "找不到照片文件：{name}"), name=name) from None
        if size > MAX_INPUT_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "照片文件太大（{mb} MB），请选择 30 MB 以内的图片"),
                                  mb=round(size / 1024 / 1024))
        data = path.read_bytes()
    else:
        data = bytes(source)
        if len(data) > MAX_INPUT_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "照片文件太大（{mb} MB），请选择 30 MB 以内的图片"),
                                  mb=round(len(data) / 1024 / 1024))
    if not data or sniff(data[:16]) is None:
        raise _not_image()

    from PIL import Image, UnidentifiedImageError  # lazy: start-up (Pillow, ~10 ms, loads when a photo is added)

    try:
        image = Image.open(io.BytesIO(data))
        width, height = image.size
        if width * height > MAX_INPUT_PIXELS:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "图片像素太多（{w}×{h}），请先缩小后再选"),
                                  w=width, h=height)
        image.load()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise _not_image() from None

    limit = int(settings.get("photo_max_pixels"))
    max_bytes = int(settings.get("photo_max_bytes"))
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.split()[-1])
        image = background
    image.thumbnail((limit, limit))
    qualities = [85, 70, 55, 40]
    while True:
        out = io.BytesIO()
        image.save(out, "JPEG", quality=qualities[0])
        blob = out.getvalue()
        if len(blob) <= max_bytes:
            break
        if len(qualities) > 1:
            qualities.pop(0)
        else:  # even at the lowest quality too big: make it smaller
            image.thumbnail((image.width * 3 // 4, image.height * 3 // 4))
    return blob, image.width, image.height, name


def store(session, source) -> Photo | None:
    """Store a photo (call inside the caller's transaction): a file or bytes (checked and scaled
    here), or what ``prepare`` returned (checked before the transaction). None passes through."""
    if source is None or source == "" or isinstance(source, Photo):
        return source or None
    if isinstance(source, int):
        photo = Photo.get_or_none(Photo.id == source)
        if photo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("desk", "找不到照片 #{id}"), id=source)
        return photo
    blob, width, height, name = source if isinstance(source, tuple) else prepare(source)
    return Photo.create(data=blob, width=width, height=height, original_name=name,
                        staff=session.staff_id if session else None)
