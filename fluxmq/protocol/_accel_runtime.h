/* Runtime of the generated C readers (fluxmq/protocol/messages/_accel.c includes this file).
 *
 * Hand-written. Every helper mirrors, byte for byte and error message for error message, what
 * the generated Python readers do (fluxmq/protocol/message.py, primitives.py and the code
 * emitted by codegen/emit.py): tests/protocol/test_accel.py decodes the same inputs, valid and
 * mutated, both ways and requires equal objects or equal DecodeError messages.
 *
 * Conventions. A reader is `PyObject *r(Ctx *c, Py_ssize_t end, Py_ssize_t *ppos)`: it reads one
 * struct from c->buf at *ppos, never looking at or past `end` (the length of the buffer the
 * Python reader was given: the whole input, or the end of a tagged field), and returns a new
 * reference or NULL with an exception set. Helpers take `lim` (the bound of this read, `end` or
 * the end of a tagged field) and, for their truncation messages, `label` and `end` (the Python
 * reader's `truncated(label, pos, buf)` names the reader's own buffer length).
 */
#ifndef FLUXMQ_ACCEL_RUNTIME_H
#define FLUXMQ_ACCEL_RUNTIME_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    const unsigned char *buf;
    PyObject *src; /* the input: a bytes or a memoryview (borrowed) */
    PyObject *mv;  /* memoryview over src for zero-copy slices: src itself, or made on demand */
    int own_mv;
} Ctx;

typedef PyObject *(*readfn)(Ctx *c, Py_ssize_t end, Py_ssize_t *ppos);

/* A generated struct class: its type, field count and per-field defaults. */
typedef struct ClassInfo ClassInfo;
struct ClassInfo {
    PyObject *type;
    Py_ssize_t nfields;
    PyObject **defaults;    /* a value, or a zero-argument factory when factory[i] */
    unsigned char *factory;
    Py_ssize_t *offsets;    /* slot offsets of the fields when direct construction is safe */
    ClassInfo *const *sub;  /* per field: the struct class its default instance is, or NULL */
};

/* One generated message module's readers, for bind(). */
typedef struct {
    const char *name;
    const char *fingerprint;
    ClassInfo **classes;              /* NULL-terminated, in the order bind() receives them */
    const char *const *const *fields; /* per class: NULL-terminated field names */
    ClassInfo *const *const *subs;    /* per class: ClassInfo.sub */
    const readfn *readers;            /* per version; NULL where there is none */
    int nreaders;
} ModEntry;

static PyObject *DecodeError;
static PyObject *UUIDType;
static PyObject *SafeUnknown;
static PyObject *ZeroUUID;
static Py_ssize_t uuid_int_off, uuid_safe_off;

/* ------------------------------------------------------------------------------ errors */

static void
err_truncated(const char *where, Py_ssize_t pos, Py_ssize_t end)
{
    PyErr_Format(DecodeError, "%s: truncated input at byte %zd of %zd", where, pos, end);
}

static void
err_bad_utf8(const char *where, Py_ssize_t pos)
{
    PyErr_Format(DecodeError, "%s: invalid UTF-8 in a string at byte %zd", where, pos);
}

static void
err_bad_length(const char *where, long long n, Py_ssize_t pos, Py_ssize_t remaining)
{
    PyErr_Format(DecodeError, "%s: length %lld at byte %zd exceeds the %zd bytes remaining",
                 where, n, pos, remaining);
}

static void
err_null(const char *where, Py_ssize_t pos)
{
    PyErr_Format(DecodeError, "%s: null at byte %zd but the field is not nullable", where, pos);
}

/* ------------------------------------------------------------------------- primitives */

static inline int16_t ld_i16(const unsigned char *p) { return (int16_t)((p[0] << 8) | p[1]); }
static inline uint16_t ld_u16(const unsigned char *p) { return (uint16_t)((p[0] << 8) | p[1]); }
static inline uint32_t
ld_u32(const unsigned char *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}
static inline int32_t ld_i32(const unsigned char *p) { return (int32_t)ld_u32(p); }
static inline uint64_t
ld_u64(const unsigned char *p)
{
    return ((uint64_t)ld_u32(p) << 32) | ld_u32(p + 4);
}
static inline int64_t ld_i64(const unsigned char *p) { return (int64_t)ld_u64(p); }
static inline double
ld_f64(const unsigned char *p)
{
    uint64_t u = ld_u64(p);
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* read_uvarint: an unsigned varint of at most 32 bits (5 bytes). */
static int
rd_uvarint(const unsigned char *b, Py_ssize_t lim, Py_ssize_t *ppos, unsigned long long *out)
{
    Py_ssize_t pos = *ppos;
    unsigned long long result = 0;
    int shift = 0;
    for (;;) {
        if (pos >= lim) {
            PyErr_Format(DecodeError, "truncated unsigned varint at byte %zd", pos);
            return -1;
        }
        unsigned char x = b[pos++];
        result |= (unsigned long long)(x & 0x7F) << shift;
        if (x < 0x80) {
            if (result > 0xFFFFFFFFULL) {
                PyErr_Format(DecodeError, "unsigned varint over 32 bits ending at byte %zd", pos);
                return -1;
            }
            *out = result;
            *ppos = pos;
            return 0;
        }
        shift += 7;
        if (shift > 28) {
            PyErr_Format(DecodeError, "unsigned varint longer than 5 bytes at byte %zd", pos);
            return -1;
        }
    }
}

/* A length or count (-1: null). Flexible: an unsigned varint minus one, read inline for one to
 * three bytes like the generated Python; else an int16 or int32. */
static inline int
rd_len(const unsigned char *b, Py_ssize_t lim, Py_ssize_t *ppos, int flexible, int width,
       const char *label, Py_ssize_t end, long long *n)
{
    Py_ssize_t pos = *ppos;
    if (flexible) {
        if (pos >= lim)
            goto trunc;
        unsigned int x = b[pos];
        if (x < 128) {
            *ppos = pos + 1;
            *n = (long long)x - 1;
            return 0;
        }
        if (pos + 1 >= lim)
            goto trunc;
        if (b[pos + 1] < 128) {
            *ppos = pos + 2;
            *n = (long long)((x & 127) | ((unsigned int)b[pos + 1] << 7)) - 1;
            return 0;
        }
        if (pos + 2 >= lim)
            goto trunc;
        if (b[pos + 2] < 128) {
            *ppos = pos + 3;
            *n = (long long)((x & 127) | (((unsigned int)b[pos + 1] & 127) << 7) |
                             ((unsigned int)b[pos + 2] << 14)) - 1;
            return 0;
        }
        unsigned long long u;
        if (rd_uvarint(b, lim, ppos, &u) < 0)
            return -1;
        *n = (long long)u - 1;
        return 0;
    }
    if (pos + width > lim)
        goto trunc;
    *n = width == 2 ? (long long)ld_i16(b + pos) : (long long)ld_i32(b + pos);
    *ppos = pos + width;
    return 0;
trunc:
    err_truncated(label, pos, end);
    return -1;
}

static PyObject *
mk_uuid(const unsigned char *p)
{
    static const unsigned char zero[16] = {0};
    if (memcmp(p, zero, 16) == 0) {
        Py_INCREF(ZeroUUID);
        return ZeroUUID;
    }
#if PY_VERSION_HEX >= 0x030D0000
    PyObject *i = PyLong_FromUnsignedNativeBytes(
        p, 16, Py_ASNATIVEBYTES_BIG_ENDIAN | Py_ASNATIVEBYTES_UNSIGNED_BUFFER);
#else
    PyObject *i = _PyLong_FromByteArray(p, 16, 0, 0);
#endif
    if (i == NULL)
        return NULL;
    PyTypeObject *t = (PyTypeObject *)UUIDType;
    PyObject *u = t->tp_alloc(t, 0);
    if (u == NULL) {
        Py_DECREF(i);
        return NULL;
    }
    *(PyObject **)((char *)u + uuid_int_off) = i;
    Py_INCREF(SafeUnknown);
    *(PyObject **)((char *)u + uuid_safe_off) = SafeUnknown;
    return u;
}

static PyObject *
mv_slice(Ctx *c, Py_ssize_t a, Py_ssize_t b)
{
    if (c->mv == NULL) {
        c->mv = PyMemoryView_FromObject(c->src);
        if (c->mv == NULL)
            return NULL;
        c->own_mv = 1;
    }
    /* A new view on the same managed buffer (what slicing does, without building a slice
     * object): the base is a one-dimensional contiguous view of bytes, so is its window. */
    PyObject *v = PyMemoryView_FromObject(c->mv);
    if (v == NULL)
        return NULL;
    Py_buffer *view = PyMemoryView_GET_BUFFER(v);
    view->buf = (char *)view->buf + a;
    view->len = b - a;
    view->shape[0] = b - a;
    return v;
}

static inline PyObject *
new_none(void)
{
    Py_INCREF(Py_None);
    return Py_None;
}

/* -------------------------------------------------------------------- field readers */

enum { K_STR = 0, K_BYTES = 1, K_VIEW = 2 };

/* A string, bytes or zero-copy view field: length, null, bounds, value. */
static int
rd_blob(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, int kind, int flexible, int nullable,
        const char *where, const char *label, Py_ssize_t end, PyObject **out)
{
    long long n;
    if (rd_len(c->buf, lim, ppos, flexible, kind == K_STR ? 2 : 4, label, end, &n) < 0)
        return -1;
    Py_ssize_t pos = *ppos;
    if (n < 0) {
        if (!nullable) {
            err_null(where, pos);
            return -1;
        }
        *out = new_none();
        return 0;
    }
    if (n > lim - pos) {
        err_bad_length(where, n, pos, lim - pos);
        return -1;
    }
    PyObject *v;
    if (kind == K_STR) {
        v = PyUnicode_DecodeUTF8((const char *)c->buf + pos, (Py_ssize_t)n, NULL);
        if (v == NULL) {
            if (PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
                PyErr_Clear();
                err_bad_utf8(label, pos);
            }
            return -1;
        }
    }
    else if (kind == K_BYTES)
        v = PyBytes_FromStringAndSize((const char *)c->buf + pos, (Py_ssize_t)n);
    else
        v = mv_slice(c, pos, pos + (Py_ssize_t)n);
    if (v == NULL)
        return -1;
    *out = v;
    *ppos = pos + (Py_ssize_t)n;
    return 0;
}

/* The common head of every array: count, null, and (for variable-size elements) bounds.
 * Returns 1 when the array is null (and *out set), 0 to go on reading n elements, -1 on error. */
static int
rd_array_head(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, int flexible, int nullable,
              const char *where, const char *label, Py_ssize_t end, long long *n, PyObject **out)
{
    if (rd_len(c->buf, lim, ppos, flexible, 4, label, end, n) < 0)
        return -1;
    if (*n < 0) {
        if (!nullable) {
            err_null(where, *ppos);
            return -1;
        }
        *out = new_none();
        return 1;
    }
    if (*n > lim - *ppos) {
        err_bad_length(where, *n, *ppos, lim - *ppos);
        return -1;
    }
    return 0;
}

static int
rd_struct_array(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, int flexible, int nullable,
                const char *where, const char *label, Py_ssize_t end, readfn child,
                PyObject **out)
{
    long long n;
    int r = rd_array_head(c, lim, ppos, flexible, nullable, where, label, end, &n, out);
    if (r != 0)
        return r < 0 ? -1 : 0;
    PyObject *list = PyTuple_New((Py_ssize_t)n); /* arrays decode as tuples */
    if (list == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < (Py_ssize_t)n; i++) {
        PyObject *x = child(c, lim, ppos);
        if (x == NULL) {
            Py_DECREF(list);
            return -1;
        }
        PyTuple_SET_ITEM(list, i, x);
    }
    *out = list;
    return 0;
}

static int
rd_blob_array(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, int kind, int flexible, int nullable,
              const char *where, const char *label, Py_ssize_t end, PyObject **out)
{
    long long n;
    int r = rd_array_head(c, lim, ppos, flexible, nullable, where, label, end, &n, out);
    if (r != 0)
        return r < 0 ? -1 : 0;
    PyObject *list = PyTuple_New((Py_ssize_t)n); /* arrays decode as tuples */
    if (list == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < (Py_ssize_t)n; i++) {
        PyObject *x;
        if (rd_blob(c, lim, ppos, kind, flexible, 0, where, label, end, &x) < 0) {
            Py_DECREF(list);
            return -1;
        }
        PyTuple_SET_ITEM(list, i, x);
    }
    *out = list;
    return 0;
}

static int
rd_uuid_array(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, int flexible, int nullable,
              const char *where, const char *label, Py_ssize_t end, PyObject **out)
{
    long long n;
    int r = rd_array_head(c, lim, ppos, flexible, nullable, where, label, end, &n, out);
    if (r != 0)
        return r < 0 ? -1 : 0;
    PyObject *list = PyTuple_New((Py_ssize_t)n); /* arrays decode as tuples */
    if (list == NULL)
        return -1;
    for (Py_ssize_t i = 0; i < (Py_ssize_t)n; i++) {
        Py_ssize_t pos = *ppos;
        if (pos + 16 > lim) {
            err_truncated(where, pos, lim);
            Py_DECREF(list);
            return -1;
        }
        PyObject *x = mk_uuid(c->buf + pos);
        if (x == NULL) {
            Py_DECREF(list);
            return -1;
        }
        PyTuple_SET_ITEM(list, i, x);
        *ppos = pos + 16;
    }
    *out = list;
    return 0;
}

/* CPython's cached small ints (-5..256), fetched once: most counts, ids and codes are small. */
#define SMALL_LO (-5)
#define SMALL_HI 257
static PyObject *small_ints[SMALL_HI - SMALL_LO];

static inline Py_ALWAYS_INLINE PyObject *
mk_int(long v)
{
    if (v >= SMALL_LO && v < SMALL_HI) {
        PyObject *x = small_ints[v - SMALL_LO];
        Py_INCREF(x);
        return x;
    }
    return PyLong_FromLong(v);
}

/* One fixed-width value (struct codes b h H i I q d ?) as a Python object. */
static inline Py_ALWAYS_INLINE PyObject *
fixed_value(char code, const unsigned char *p)
{
    switch (code) {
    case 'b': return mk_int((signed char)p[0]);
    case '?': return PyBool_FromLong(p[0] != 0);
    case 'h': return mk_int(ld_i16(p));
    case 'H': return mk_int(ld_u16(p));
    case 'i': return mk_int(ld_i32(p));
    case 'I': return PyLong_FromUnsignedLong(ld_u32(p));
    case 'q': return PyLong_FromLongLong(ld_i64(p));
    case 'd': return PyFloat_FromDouble(ld_f64(p));
    default:
        PyErr_SetString(PyExc_SystemError, "bad fixed-width code");
        return NULL;
    }
}

/* An array of fixed-width numbers: small arrays (< 64) report a short buffer as truncated input,
 * larger ones check the length first (as the Python reader's two paths do). */
static int
rd_fixed_array(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, char code, int size, int flexible,
               int nullable, const char *where, const char *label, Py_ssize_t end,
               PyObject **out)
{
    long long n;
    if (rd_len(c->buf, lim, ppos, flexible, 4, label, end, &n) < 0)
        return -1;
    Py_ssize_t pos = *ppos;
    if (0 <= n && n < 64) {
        if (pos + n * size > lim) {
            err_truncated(label, pos, end);
            return -1;
        }
    }
    else if (n < 0) {
        if (!nullable) {
            err_null(where, pos);
            return -1;
        }
        *out = new_none();
        return 0;
    }
    else if (n * size > lim - pos) {
        err_bad_length(where, n, pos, lim - pos);
        return -1;
    }
    PyObject *list = PyTuple_New((Py_ssize_t)n); /* arrays decode as tuples */
    if (list == NULL)
        return -1;
    const unsigned char *p = c->buf + pos;
    PyObject **items = ((PyTupleObject *)list)->ob_item;
#define FILL(CODE, SIZE)                                                                       \
    for (Py_ssize_t i = 0; i < (Py_ssize_t)n; i++, p += SIZE) {                                \
        if ((items[i] = fixed_value(CODE, p)) == NULL) {                                       \
            Py_DECREF(list);                                                                   \
            return -1;                                                                         \
        }                                                                                      \
    }                                                                                          \
    break;
    switch (code) { /* one loop per element type, each with its conversion inlined */
    case 'b': FILL('b', 1)
    case 'h': FILL('h', 2)
    case 'H': FILL('H', 2)
    case 'i': FILL('i', 4)
    case 'I': FILL('I', 4)
    case 'q': FILL('q', 8)
    case 'd': FILL('d', 8)
    default: FILL(code, size)
    }
#undef FILL
    *out = list;
    *ppos = pos + (Py_ssize_t)n * size;
    return 0;
}

/* A nullable struct's presence byte: 255 is null. Returns 1 for null, 0 present, -1 error. */
static inline int
rd_presence(Ctx *c, Py_ssize_t lim, Py_ssize_t *ppos, const char *label, Py_ssize_t end)
{
    if (*ppos >= lim) {
        err_truncated(label, *ppos, end);
        return -1;
    }
    return c->buf[(*ppos)++] == 255;
}

static int
add_unknown_tag(PyObject **tags, unsigned long long tag, const unsigned char *p, Py_ssize_t size)
{
    if (*tags == NULL || *tags == Py_None) {
        Py_XDECREF(*tags);
        *tags = PyDict_New();
        if (*tags == NULL)
            return -1;
    }
    PyObject *k = PyLong_FromUnsignedLongLong(tag);
    if (k == NULL)
        return -1;
    PyObject *v = PyBytes_FromStringAndSize((const char *)p, size);
    if (v == NULL) {
        Py_DECREF(k);
        return -1;
    }
    int r = PyDict_SetItem(*tags, k, v);
    Py_DECREF(k);
    Py_DECREF(v);
    return r;
}

/* read_tags: a tagged-field section with no known tags; every field kept as raw bytes.
 * Includes the fast path for an empty section (one zero byte). */
static int
rd_unknown_tags_slow(Ctx *c, Py_ssize_t end, Py_ssize_t *ppos, PyObject **out)
{
    const unsigned char *b = c->buf;
    Py_ssize_t pos = *ppos;
    unsigned long long count, tag, size;
    if (rd_uvarint(b, end, &pos, &count) < 0)
        return -1;
    if ((long long)count > end - pos) {
        err_bad_length("tagged fields", (long long)count, pos, end - pos);
        return -1;
    }
    for (unsigned long long i = 0; i < count; i++) {
        if (rd_uvarint(b, end, &pos, &tag) < 0 || rd_uvarint(b, end, &pos, &size) < 0)
            return -1;
        if ((long long)size > end - pos) {
            char where[48];
            snprintf(where, sizeof where, "tagged field %llu", tag);
            err_bad_length(where, (long long)size, pos, end - pos);
            return -1;
        }
        if (add_unknown_tag(out, tag, b + pos, (Py_ssize_t)size) < 0)
            return -1;
        pos += (Py_ssize_t)size;
    }
    *ppos = pos;
    return 0;
}

static inline int
rd_unknown_tags(Ctx *c, Py_ssize_t end, Py_ssize_t *ppos, const char *label, PyObject **out)
{
    Py_ssize_t pos = *ppos;
    if (pos >= end) {
        err_truncated(label, pos, end);
        return -1;
    }
    if (c->buf[pos] == 0) {
        *ppos = pos + 1;
        return 0; /* *out stays NULL: the default, None */
    }
    return rd_unknown_tags_slow(c, end, ppos, out);
}

/* ------------------------------------------------------------------ construction */

static PyObject *make(ClassInfo *ci, PyObject **f);

/* A new reference to field i's default: the value, or a new list / struct / factory result. */
static inline PyObject *
field_default(ClassInfo *ci, Py_ssize_t i)
{
    PyObject *d = ci->defaults[i];
    if (!ci->factory[i]) {
        Py_INCREF(d);
        return d;
    }
    if (d == (PyObject *)&PyList_Type)
        return PyList_New(0);
    ClassInfo *sub = ci->sub == NULL ? NULL : ci->sub[i];
    if (sub != NULL && sub->type == d && sub->offsets != NULL && sub->nfields <= 64) {
        /* the default instance of a struct class, as `Cls()` makes it */
        PyObject *g[64];
        for (Py_ssize_t k = 0; k < sub->nfields; k++)
            g[k] = NULL;
        return make(sub, g);
    }
    return PyObject_CallNoArgs(d);
}

/* Build an instance from f[0..nfields-1] (new references or NULL for "the default"); the
 * references are consumed (and the slots cleared) whether or not this succeeds. */
static PyObject *
make(ClassInfo *ci, PyObject **f)
{
    Py_ssize_t n = ci->nfields, i;
    PyObject *obj;
    if (ci->offsets != NULL) {
        /* fill the slots directly: what the class's own constructor does */
        PyTypeObject *t = (PyTypeObject *)ci->type;
        obj = t->tp_alloc(t, 0);
        if (obj == NULL)
            goto fail;
        for (i = 0; i < n; i++) {
            PyObject *v = f[i];
            if (v == NULL && (v = field_default(ci, i)) == NULL) {
                Py_DECREF(obj); /* the slots filled so far go with it */
                goto fail;
            }
            *(PyObject **)((char *)obj + ci->offsets[i]) = v; /* steals */
            f[i] = NULL;
        }
        return obj;
    }
    for (i = 0; i < n; i++)
        if (f[i] == NULL && (f[i] = field_default(ci, i)) == NULL)
            goto fail;
    obj = PyObject_Vectorcall(ci->type, f, (size_t)n, NULL);
    for (i = 0; i < n; i++)
        Py_CLEAR(f[i]);
    return obj;
fail:
    for (i = 0; i < n; i++)
        Py_CLEAR(f[i]);
    return NULL;
}

static void
clear_fields(PyObject **f, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        Py_CLEAR(f[i]);
}

#endif
