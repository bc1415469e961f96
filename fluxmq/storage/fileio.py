"""The file operations the storage engine uses, behind one seam so tests can inject faults.

Every method maps OSError to StorageError naming the file and the operation.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Sequence

from ..protocol.primitives import Buffer
from .errors import StorageError

__all__ = ["REAL_IO", "FileIO"]


class FileIO:
    """Real file operations; subclass and override to inject faults in tests."""

    def open(self, path: str, flags: int, mode: int = 0o644) -> int:
        try:
            return os.open(path, flags | os.O_CLOEXEC, mode)
        except OSError as e:
            raise self.error("open", path, e) from e

    def writev(self, fd: int, chunks: Sequence[Buffer], path: str) -> int:
        try:
            total = 0
            want = sum(len(c) for c in chunks)
            written = os.writev(fd, chunks)
            total += written
            if total != want:  # short write: finish it, chunk by chunk
                flat = memoryview(b"".join(chunks))[total:]
                while flat:
                    n = os.write(fd, flat)
                    flat = flat[n:]
                    total += n
            return total
        except OSError as e:
            raise self.error("write", path, e) from e

    def pread(self, fd: int, size: int, offset: int, path: str) -> bytes:
        try:
            return os.pread(fd, size, offset)
        except OSError as e:
            raise self.error("read", path, e) from e

    def fsync(self, fd: int, path: str) -> None:
        try:
            os.fdatasync(fd)
        except OSError as e:
            raise self.error("fsync", path, e) from e

    def ftruncate(self, fd: int, size: int, path: str) -> None:
        try:
            os.ftruncate(fd, size)
        except OSError as e:
            raise self.error("truncate", path, e) from e

    def close(self, fd: int) -> None:
        try:
            os.close(fd)
        except OSError:
            pass

    def replace(self, src: str, dst: str) -> None:
        try:
            os.replace(src, dst)
        except OSError as e:
            raise self.error("rename", src, e) from e

    def unlink(self, path: str) -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as e:
            raise self.error("delete", path, e) from e

    def fsync_dir(self, path: str) -> None:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as e:
            raise self.error("open directory", path, e) from e
        try:
            os.fsync(fd)
        except OSError as e:
            raise self.error("fsync directory", path, e) from e
        finally:
            os.close(fd)

    def write_file_atomic(self, path: str, data: bytes) -> None:
        """Write a small file by tmp + fsync + rename + directory fsync."""
        tmp = path + ".tmp"
        fd = self.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        try:
            self.writev(fd, [data], tmp)
            self.fsync(fd, tmp)
        finally:
            self.close(fd)
        self.replace(tmp, path)
        self.fsync_dir(os.path.dirname(path) or ".")

    @staticmethod
    def error(op: str, path: str, e: OSError) -> StorageError:
        name = errno.errorcode.get(e.errno or 0, str(e.errno))
        return StorageError(f"{op} {path} failed: {name} ({e.strerror})")


REAL_IO = FileIO()
