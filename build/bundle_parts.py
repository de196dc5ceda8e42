"""Which files the one-folder build keeps: the rules build/report_desk.spec applies to PyInstaller's lists.

Three kinds of cut (see build/NOTES.md for the sizes):
- libraries every desktop of our class already has (X11/xcb, GL/EGL, fontconfig/freetype, glib, D-Bus, CUPS, the
  C++ run-time and their own dependencies): bundling the build root's copies would shadow newer ones (a Mesa
  driver needing a newer libstdc++ then fails to load). Except libxcb-cursor: Qt ≥ 6.5 needs it, Qt 5 desktops
  (Kylin V10, UOS 20) often lack it, and it is small and stable, so it is bundled;
- Qt parts the program never loads: QML/Quick, network, OpenGL widgets, Wayland/EGLFS/KMS integrations,
  image-format, icon-engine, TLS, SQL and theme plugins (the gtk3 theme drags in cairo/pango/gtk);
- data nobody reads: jieba's part-of-speech, keyword and LAC models (only dict.txt is loaded) and Qt's
  translations other than Chinese and English.
"""

from __future__ import annotations

import re

SYSTEM_LIBRARIES = re.compile(
    r"^lib(X|x(cb(?!-cursor)|kbcommon|au|dmcp)|GL|EGL|OpenGL|gbm|drm|wayland|fontconfig|freetype|png16|harfbuzz|graphite2|"
    r"brotli|glib-2|gobject-2|gio-2|gmodule-2|gthread-2|pcre\.|pcre2-8|mount|blkid|selinux|dbus-1|systemd|"
    r"cups|gnutls|nettle|hogweed|gmp|idn2|unistring|tasn1|p11-kit|avahi|gssapi|krb5|k5crypto|com_err|keyutils|"
    r"ssl\.|crypto\.|stdc\+\+|gcc_s|ICE|SM\.|bsd|md\.|expat|z\.so|lz4|zstd|gcrypt|gpg-error|capnp|kj|"
    r"cairo|pango|gdk|gtk|atk|pixman|epoxy|fribidi|thai|datrie|jpeg|tiff|webp|jbig|deflate|Lerc|xml2)"
)
# Qt libraries and plugins (paths under PySide6/Qt/) kept; everything else of Qt is left out.
QT_LIBRARIES = re.compile(
    r"^libQt6(Core|Gui|Widgets|PrintSupport|DBus|XcbQpa)\.so|^libicu|^libpyside|^libshiboken"
)
QT_PLUGINS = re.compile(
    r"plugins/(platforms/libq(xcb|offscreen|minimal)\.so|platforminputcontexts/lib(?!qtvirtualkeyboard)[^/]*|printsupport/.*|"
    r"platforms/q(windows|offscreen|minimal)\.dll|styles/.*|imageformats/qico\.dll)$"
)
PYSIDE_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
JIEBA_DATA = ("jieba/dict.txt",)
QT_TRANSLATIONS = re.compile(r"/translations/qt(base)?_(zh_CN|en)\.qm$")


def _path(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_binary(dest: str) -> bool:
    """Whether a binary PyInstaller collected (by its destination in the bundle) is bundled."""
    path = _path(dest)
    name = path.rsplit("/", 1)[-1]
    if "/plugins/" in path:
        return bool(QT_PLUGINS.search(path))
    if name.startswith(("libQt6", "Qt6")):
        return bool(QT_LIBRARIES.match(name)) or bool(
            re.match(r"^Qt6(Core|Gui|Widgets|PrintSupport)\.dll$", name)
        )
    if name.endswith((".pyd", ".abi3.so")) and path.startswith("PySide6/") and name.startswith("Qt"):
        return name.split(".")[0] in PYSIDE_MODULES
    if name in ("opengl32sw.dll", "d3dcompiler_47.dll") or name.startswith("Qt6Quick"):
        return False
    return not SYSTEM_LIBRARIES.match(name)


def keep_data(dest: str) -> bool:
    """Whether a data file is bundled."""
    path = _path(dest)
    if path.startswith("jieba/"):
        return path in JIEBA_DATA
    if "/translations/" in path:
        return bool(QT_TRANSLATIONS.search(path))
    if "PySide6/Qt/" in path and path.endswith((".so", ".dll")):
        return keep_binary(path)
    return not path.startswith(
        ("PySide6/Qt/qml/", "PySide6/qml/", "PySide6/Qt/libexec", "PySide6/Qt/resources")
    )
