"""A photo from the tablet's camera where it has one (QtMultimedia), else a picture file.

``take_photo(parent)`` returns the photo (PNG bytes from the camera, or a file path) or None; the
caller hands it to the services, which check and scale it (``desk.services.showflats.photos``).
Tests monkeypatch ``take_photo``. QtMultimedia is imported only when a photo is asked for: a PC
without it (or without a camera) simply chooses a file.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def _multimedia():
    """(QtMultimedia, QtMultimediaWidgets) when they load and a camera is there, else None."""
    try:
        from PySide6 import QtMultimedia, QtMultimediaWidgets  # lazy: a heavy library behind the camera (and optional)
    except ImportError:  # not installed, not bundled, or its system libraries missing
        return None
    if not QtMultimedia.QMediaDevices.videoInputs():
        return None
    return QtMultimedia, QtMultimediaWidgets


class CameraDialog(QDialog):
    """The camera's picture, a big 拍照 button; returns the photo as PNG bytes."""

    def __init__(self, modules, parent=None):
        super().__init__(parent)
        media, widgets = modules
        self.photo: bytes | None = None
        self.setWindowTitle(self.tr("拍照"))
        self.resize(800, 600)
        layout = QVBoxLayout(self)
        self.preview = widgets.QVideoWidget()
        layout.addWidget(self.preview, 1)
        self.message = QLabel("")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.shoot = QPushButton(self.tr("拍照"))
        self.shoot.setMinimumHeight(72)
        cancel = QPushButton(self.tr("取消"))
        cancel.setMinimumHeight(72)
        row.addWidget(self.shoot, 2)
        row.addWidget(cancel, 1)
        layout.addLayout(row)
        self.camera = media.QCamera(media.QMediaDevices.defaultVideoInput())
        self.capture = media.QImageCapture()
        self.session = media.QMediaCaptureSession()
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.preview)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda _id, _err, text: self.message.setText(text))
        self.shoot.clicked.connect(self.capture.capture)
        cancel.clicked.connect(self.reject)
        self.camera.start()

    def _captured(self, _id, image) -> None:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        self.photo = bytes(data.data())
        self.accept()

    def done(self, result) -> None:  # noqa: D401 - Qt API
        self.camera.stop()
        super().done(result)


def choose_photo_file(parent: QWidget) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, parent.tr("选择照片"), "",
                                          parent.tr("图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
    return path or None


def has_camera() -> bool:
    return _multimedia() is not None


def take_photo(parent: QWidget):
    """A photo from the camera (bytes), or a chosen picture file (path) where there is no camera."""
    modules = _multimedia()
    if modules is None:
        return choose_photo_file(parent)
    dialog = CameraDialog(modules, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.photo
    return None
