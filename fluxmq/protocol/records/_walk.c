/* The broker's per-record check of a produce batch, in C.
 *
 * Same acceptance as `batch._walk_records_py`: anything that function would reject makes
 * this one return None, and the caller then runs the Python version to raise the precise
 * error. So this code only has to be exact on the success path: it never accepts what the
 * Python version refuses, and it returns the same facts for what both accept.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* An unsigned varint of at most `maxb` bytes; -1 on truncation, overlength or overflow
 * (past 32 bits for varints, 64 for varlongs). */
static inline int
read_uvar(const uint8_t *d, Py_ssize_t end, Py_ssize_t *pos, int maxb, uint64_t *out)
{
    uint64_t r = 0;
    int shift = 0;
    Py_ssize_t p = *pos;
    Py_ssize_t limit = p + maxb;
    for (;;) {
        if (p >= end || p >= limit)
            return -1;
        uint8_t b = d[p++];
        uint64_t bits = (uint64_t)(b & 0x7F);
        if (shift == 63 && bits > 1)
            return -1;
        r |= bits << shift;
        if (b < 0x80)
            break;
        shift += 7;
    }
    if (maxb == 5 && r > 0xFFFFFFFFull)
        return -1;
    *pos = p;
    *out = r;
    return 0;
}

static inline int64_t
zigzag(uint64_t n)
{
    return (int64_t)(n >> 1) ^ -(int64_t)(n & 1);
}

#define VARINT(dst)                                                 \
    do {                                                            \
        uint64_t u_;                                                \
        if (read_uvar(d, end, &pos, 5, &u_) < 0)                    \
            goto reject;                                            \
        dst = zigzag(u_);                                           \
    } while (0)

#define VARLONG(dst)                                                \
    do {                                                            \
        uint64_t u_;                                                \
        if (read_uvar(d, end, &pos, 10, &u_) < 0)                   \
            goto reject;                                            \
        dst = zigzag(u_);                                           \
    } while (0)

static PyObject *
walk(PyObject *self, PyObject *args)
{
    Py_buffer view;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "y*n", &view, &count))
        return NULL;
    const uint8_t *d = (const uint8_t *)view.buf;
    Py_ssize_t end = view.len;
    Py_ssize_t pos = 0;
    int all_keyed = 1;
    int64_t min_ts = INT64_MAX, max_ts = INT64_MIN;

    for (Py_ssize_t i = 0; i < count; i++) {
        int64_t length, ts, delta, n, h;
        VARINT(length);
        Py_ssize_t rend = pos + (Py_ssize_t)length;
        if (length < 6 || rend > end)
            goto reject;
        pos += 1; /* attributes */
        VARLONG(ts);
        VARINT(delta);
        VARINT(n); /* key */
        if (n < 0)
            all_keyed = 0;
        else if (n > rend - pos)
            goto reject;
        else
            pos += (Py_ssize_t)n;
        VARINT(n); /* value: any negative length reads as null, as in the Python walk */
        if (n > rend - pos)
            goto reject;
        if (n > 0)
            pos += (Py_ssize_t)n;
        VARINT(h);
        if (h) {
            if (h < 0 || h * 2 > rend - pos)
                goto reject;
            for (int64_t j = 0; j < h; j++) {
                VARINT(n);
                if (n < 0 || n > rend - pos)
                    goto reject;
                PyObject *key = PyUnicode_DecodeUTF8((const char *)d + pos, (Py_ssize_t)n, NULL);
                if (key == NULL) {
                    PyErr_Clear();
                    goto reject;
                }
                Py_DECREF(key);
                pos += (Py_ssize_t)n;
                VARINT(n);
                if (n > rend - pos)
                    goto reject;
                if (n > 0)
                    pos += (Py_ssize_t)n;
            }
        }
        if (pos != rend || delta != (int64_t)i)
            goto reject;
        if (ts < min_ts)
            min_ts = ts;
        if (ts > max_ts)
            max_ts = ts;
    }
    if (pos != end)
        goto reject;
    PyBuffer_Release(&view);
    return Py_BuildValue("(OLL)", all_keyed ? Py_True : Py_False, (long long)min_ts,
                         (long long)max_ts);
reject:
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS,
     "walk(data, count) -> (all_keyed, min_ts_delta, max_ts_delta), or None when the "
     "records are not well formed (the Python walk then says why)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_walk", NULL, -1, methods,
};

PyMODINIT_FUNC
PyInit__walk(void)
{
    return PyModule_Create(&module);
}
