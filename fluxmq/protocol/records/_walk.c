/* Record hot loops in C: the broker's per-record check of a produce batch (`walk`), the
 * consumer's decoding of a batch into record tuples (`decode`) and the producer's encoding
 * of records (`encode`).
 *
 * Each has the same results as its Python twin (`batch.walk_records_py`,
 * `client.fetcher.decode_records_py`, `builder._encode_records`): anything the Python version would reject makes the C one
 * return None, and the caller then runs the Python version to raise the precise error. So
 * this code only has to be exact on the success path: it never accepts what the Python
 * version refuses, and it returns the same values for what both accept.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

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

/* decode(data, count, base_offset, base_ts, lat, tstype, epoch, topic, partition,
 *        min_offset, cls) -> [cls(topic, partition, offset, timestamp, tstype, key, value,
 *        headers, epoch)] or None; headers is a tuple of (str, bytes | None) pairs. `lat` is the LogAppendTime or None; `cls` a tuple subclass
 * (a NamedTuple), filled in place as tuple.__new__ would. */
static PyObject *
decode(PyObject *self, PyObject *args)
{
    Py_buffer view;
    Py_ssize_t count;
    long long base_offset, base_ts, min_offset;
    PyObject *lat_obj, *tstype, *epoch, *topic, *partition;
    PyTypeObject *cls;
    if (!PyArg_ParseTuple(args, "y*nLLOOOOOLO!", &view, &count, &base_offset, &base_ts,
                          &lat_obj, &tstype, &epoch, &topic, &partition, &min_offset,
                          &PyType_Type, &cls))
        return NULL;
    if (!PyType_IsSubtype(cls, &PyTuple_Type)) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_TypeError, "cls must be a tuple subclass");
        return NULL;
    }
    int have_lat = lat_obj != Py_None;
    long long lat = 0;
    if (have_lat) {
        lat = PyLong_AsLongLong(lat_obj);
        if (lat == -1 && PyErr_Occurred()) {
            PyBuffer_Release(&view);
            return NULL;
        }
    }
    const uint8_t *d = (const uint8_t *)view.buf;
    Py_ssize_t end = view.len;
    Py_ssize_t pos = 0;
    PyObject *out = PyList_New(0);
    PyObject *lat_val = NULL;
    if (out == NULL)
        goto error;
    if (have_lat && (lat_val = PyLong_FromLongLong(lat)) == NULL)
        goto error;

    for (Py_ssize_t i = 0; i < count; i++) {
        int64_t length, ts, delta, n, h;
        VARINT(length);
        Py_ssize_t rend = pos + (Py_ssize_t)length;
        if (length < 6 || rend > end)
            goto reject;
        pos += 1; /* attributes */
        VARLONG(ts);
        VARINT(delta);
        PyObject *key = NULL, *value = NULL, *headers = NULL;
        VARINT(n);
        if (n < 0) {
            key = Py_None;
            Py_INCREF(key);
        }
        else {
            if (n > rend - pos)
                goto reject;
            key = PyBytes_FromStringAndSize((const char *)d + pos, (Py_ssize_t)n);
            if (key == NULL)
                goto error;
            pos += (Py_ssize_t)n;
        }
        {
            uint64_t u;
            if (read_uvar(d, end, &pos, 5, &u) < 0) {
                Py_DECREF(key);
                goto reject;
            }
            n = zigzag(u);
        }
        if (n < 0) {
            value = Py_None;
            Py_INCREF(value);
        }
        else {
            if (n > rend - pos) {
                Py_DECREF(key);
                goto reject;
            }
            value = PyBytes_FromStringAndSize((const char *)d + pos, (Py_ssize_t)n);
            if (value == NULL) {
                Py_DECREF(key);
                goto error;
            }
            pos += (Py_ssize_t)n;
        }
        if (pos >= end) {
            Py_DECREF(key);
            Py_DECREF(value);
            goto reject;
        }
        if (d[pos] == 0) {
            headers = PyTuple_New(0);
            pos += 1;
        }
        else {
            uint64_t u;
            int bad = read_uvar(d, end, &pos, 5, &u) < 0;
            h = bad ? -1 : zigzag(u);
            if (bad || h < 0 || h * 2 > rend - pos) {
                Py_DECREF(key);
                Py_DECREF(value);
                goto reject;
            }
            headers = PyTuple_New((Py_ssize_t)h);
            for (int64_t j = 0; headers != NULL && j < h; j++) {
                int64_t hk, hv;
                if (read_uvar(d, end, &pos, 5, &u) < 0)
                    goto header_reject;
                hk = zigzag(u);
                if (hk < 0 || hk > rend - pos)
                    goto header_reject;
                PyObject *hkey = PyUnicode_DecodeUTF8((const char *)d + pos, (Py_ssize_t)hk, NULL);
                if (hkey == NULL) {
                    PyErr_Clear();
                    goto header_reject;
                }
                pos += (Py_ssize_t)hk;
                if (read_uvar(d, end, &pos, 5, &u) < 0) {
                    Py_DECREF(hkey);
                    goto header_reject;
                }
                hv = zigzag(u);
                PyObject *hval;
                if (hv < 0) {
                    hval = Py_None;
                    Py_INCREF(hval);
                }
                else if (hv > rend - pos) {
                    Py_DECREF(hkey);
                    goto header_reject;
                }
                else {
                    hval = PyBytes_FromStringAndSize((const char *)d + pos, (Py_ssize_t)hv);
                    pos += (Py_ssize_t)hv;
                }
                PyObject *pair = hval == NULL ? NULL : PyTuple_Pack(2, hkey, hval);
                Py_DECREF(hkey);
                Py_XDECREF(hval);
                if (pair == NULL) {
                    Py_CLEAR(headers);
                    break;
                }
                PyObject_GC_UnTrack(pair); /* (str, bytes | None): atoms only */
                PyTuple_SET_ITEM(headers, (Py_ssize_t)j, pair);
                continue;
            header_reject:
                Py_DECREF(headers);
                Py_DECREF(key);
                Py_DECREF(value);
                goto reject;
            }
        }
        if (headers == NULL) {
            Py_DECREF(key);
            Py_DECREF(value);
            goto error;
        }
        if (PyTuple_GET_SIZE(headers) > 0)
            PyObject_GC_UnTrack(headers); /* a tuple of untracked pairs */
        long long offset, timestamp = lat;
        if (pos != rend || __builtin_add_overflow(base_offset, (long long)delta, &offset) ||
            (!have_lat && __builtin_add_overflow(base_ts, (long long)ts, &timestamp))) {
            Py_DECREF(key);
            Py_DECREF(value);
            Py_DECREF(headers);
            goto reject;
        }
        if (offset < min_offset) {
            Py_DECREF(key);
            Py_DECREF(value);
            Py_DECREF(headers);
            continue;
        }
        PyObject *off = PyLong_FromLongLong(offset);
        PyObject *tsv = have_lat ? (Py_INCREF(lat_val), lat_val) : PyLong_FromLongLong(timestamp);
        PyObject *rec = (off && tsv) ? cls->tp_alloc(cls, 9) : NULL;
        if (rec == NULL) {
            Py_XDECREF(off);
            Py_XDECREF(tsv);
            Py_DECREF(key);
            Py_DECREF(value);
            Py_DECREF(headers);
            goto error;
        }
        Py_INCREF(topic);
        Py_INCREF(partition);
        Py_INCREF(tstype);
        Py_INCREF(epoch);
        PyTuple_SET_ITEM(rec, 0, topic);
        PyTuple_SET_ITEM(rec, 1, partition);
        PyTuple_SET_ITEM(rec, 2, off);
        PyTuple_SET_ITEM(rec, 3, tsv);
        PyTuple_SET_ITEM(rec, 4, tstype);
        PyTuple_SET_ITEM(rec, 5, key);
        PyTuple_SET_ITEM(rec, 6, value);
        PyTuple_SET_ITEM(rec, 7, headers);
        PyTuple_SET_ITEM(rec, 8, epoch);
        /* Every field is an atom (str, int, bytes, None) or a tuple of them (the headers): no
         * cycle can pass through the record, so the collector need not see it, as CPython
         * itself untracks such tuples on their first collection. Consumers hold thousands of
         * records at a time; tracked, they were promoted through every generation and made
         * full collections a quarter of the consume time. */
        PyObject_GC_UnTrack(rec);
        int rc = PyList_Append(out, rec);
        Py_DECREF(rec);
        if (rc < 0)
            goto error;
    }
    PyBuffer_Release(&view);
    Py_XDECREF(lat_val);
    return out;
reject:
    PyBuffer_Release(&view);
    Py_XDECREF(lat_val);
    Py_XDECREF(out);
    Py_RETURN_NONE;
error:
    PyBuffer_Release(&view);
    Py_XDECREF(lat_val);
    Py_XDECREF(out);
    return NULL;
}

/* ---------------------------------------------------------------- encode */

static inline Py_ssize_t
varint_size(int64_t n)
{
    uint64_t z = ((uint64_t)n << 1) ^ (uint64_t)(n >> 63);
    Py_ssize_t size = 1;
    while (z >= 0x80) {
        z >>= 7;
        size++;
    }
    return size;
}

static inline char *
put_varint(char *p, int64_t n)
{
    uint64_t z = ((uint64_t)n << 1) ^ (uint64_t)(n >> 63);
    while (z >= 0x80) {
        *p++ = (char)((z & 0x7F) | 0x80);
        z >>= 7;
    }
    *p++ = (char)z;
    return p;
}

/* bytes, bytearray or None only (anything else: -1, and the caller hands over to Python) */
static inline int
raw_bytes(PyObject *o, const char **data, Py_ssize_t *len)
{
    if (o == Py_None) {
        *data = NULL;
        *len = -1;
        return 0;
    }
    if (PyBytes_CheckExact(o)) {
        *data = PyBytes_AS_STRING(o);
        *len = PyBytes_GET_SIZE(o);
        return 0;
    }
    if (PyByteArray_CheckExact(o)) {
        *data = PyByteArray_AS_STRING(o);
        *len = PyByteArray_GET_SIZE(o);
        return 0;
    }
    return -1;
}

/* Size of one record's body (everything after its length varint); -1: not ours to encode. */
static Py_ssize_t
record_body_size(Py_ssize_t i, PyObject *v, PyObject *k, PyObject *hs, int64_t td)
{
    const char *data = NULL;
    Py_ssize_t len = -1, size = 1 + varint_size(td) + varint_size(i);
    if (raw_bytes(k, &data, &len) < 0)
        return -1;
    size += len < 0 ? 1 : varint_size(len) + len;
    if (raw_bytes(v, &data, &len) < 0)
        return -1;
    size += len < 0 ? 1 : varint_size(len) + len;
    Py_ssize_t nh = 0;
    if (hs != Py_None) {
        if (!PyList_CheckExact(hs) && !PyTuple_CheckExact(hs))
            return -1;
        nh = PySequence_Fast_GET_SIZE(hs);
    }
    size += varint_size(nh);
    for (Py_ssize_t j = 0; j < nh; j++) {
        PyObject *pair = PySequence_Fast_GET_ITEM(hs, j);
        if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2)
            return -1;
        PyObject *hk = PyTuple_GET_ITEM(pair, 0);
        if (!PyUnicode_CheckExact(hk))
            return -1;
        Py_ssize_t klen;
        if (PyUnicode_AsUTF8AndSize(hk, &klen) == NULL) {
            PyErr_Clear();
            return -1;
        }
        size += varint_size(klen) + klen;
        if (raw_bytes(PyTuple_GET_ITEM(pair, 1), &data, &len) < 0)
            return -1;
        size += len < 0 ? 1 : varint_size(len) + len;
    }
    return size;
}

static char *
put_bytes(char *p, PyObject *o)
{
    const char *data = NULL;
    Py_ssize_t len = -1;
    raw_bytes(o, &data, &len);
    p = put_varint(p, len);
    if (len > 0) {
        memcpy(p, data, (size_t)len);
        p += len;
    }
    return p;
}

/* encode(values, keys, headers, ts_deltas) -> bytes of the records section, or None when
 * an input is of a kind only the Python encoder handles (it then encodes, or raises). */
static PyObject *
encode(PyObject *self, PyObject *args)
{
    PyObject *values, *keys, *headers, *deltas;
    if (!PyArg_ParseTuple(args, "OOOO", &values, &keys, &headers, &deltas))
        return NULL;
    if (!PyList_CheckExact(values) && !PyTuple_CheckExact(values))
        Py_RETURN_NONE;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(values);
    PyObject *seqs[3] = {keys, headers, deltas};
    for (int s = 0; s < 3; s++) {
        PyObject *q = seqs[s];
        if (q != Py_None && ((!PyList_CheckExact(q) && !PyTuple_CheckExact(q)) ||
                             PySequence_Fast_GET_SIZE(q) != n))
            Py_RETURN_NONE;
    }
    Py_ssize_t *sizes = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n ? n : 1));
    int64_t *tds = PyMem_Malloc(sizeof(int64_t) * (size_t)(n ? n : 1));
    if (sizes == NULL || tds == NULL) {
        PyMem_Free(sizes);
        PyMem_Free(tds);
        return PyErr_NoMemory();
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t td = 0;
        if (deltas != Py_None) {
            PyObject *d = PySequence_Fast_GET_ITEM(deltas, i);
            if (!PyLong_CheckExact(d))
                goto fallback;
            long long t = PyLong_AsLongLong(d);
            if (t == -1 && PyErr_Occurred()) {
                PyErr_Clear();
                goto fallback;
            }
            td = t;
        }
        tds[i] = td;
        PyObject *k = keys == Py_None ? Py_None : PySequence_Fast_GET_ITEM(keys, i);
        PyObject *hs = headers == Py_None ? Py_None : PySequence_Fast_GET_ITEM(headers, i);
        Py_ssize_t body = record_body_size(i, PySequence_Fast_GET_ITEM(values, i), k, hs, td);
        if (body < 0 || body > INT32_MAX)
            goto fallback;
        sizes[i] = body;
        total += varint_size(body) + body;
    }
    PyObject *out = PyBytes_FromStringAndSize(NULL, total);
    if (out == NULL)
        goto fail;
    char *p = PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        p = put_varint(p, sizes[i]);
        *p++ = 0; /* attributes */
        p = put_varint(p, tds[i]);
        p = put_varint(p, i);
        p = put_bytes(p, keys == Py_None ? Py_None : PySequence_Fast_GET_ITEM(keys, i));
        p = put_bytes(p, PySequence_Fast_GET_ITEM(values, i));
        PyObject *hs = headers == Py_None ? Py_None : PySequence_Fast_GET_ITEM(headers, i);
        Py_ssize_t nh = hs == Py_None ? 0 : PySequence_Fast_GET_SIZE(hs);
        p = put_varint(p, nh);
        for (Py_ssize_t j = 0; j < nh; j++) {
            PyObject *pair = PySequence_Fast_GET_ITEM(hs, j);
            Py_ssize_t klen;
            const char *kb = PyUnicode_AsUTF8AndSize(PyTuple_GET_ITEM(pair, 0), &klen);
            p = put_varint(p, klen);
            memcpy(p, kb, (size_t)klen);
            p += klen;
            p = put_bytes(p, PyTuple_GET_ITEM(pair, 1));
        }
    }
    PyMem_Free(sizes);
    PyMem_Free(tds);
    return out;
fallback:
    PyMem_Free(sizes);
    PyMem_Free(tds);
    Py_RETURN_NONE;
fail:
    PyMem_Free(sizes);
    PyMem_Free(tds);
    return NULL;
}

static PyMethodDef methods[] = {
    {"walk", walk, METH_VARARGS,
     "walk(data, count) -> (all_keyed, min_ts_delta, max_ts_delta), or None when the "
     "records are not well formed (the Python walk then says why)."},
    {"decode", decode, METH_VARARGS,
     "decode(data, count, base_offset, base_ts, lat, tstype, epoch, topic, partition, "
     "min_offset, cls) -> list of cls records, or None when the records are not well formed "
     "(the Python decoder then says why)."},
    {"encode", encode, METH_VARARGS,
     "encode(values, keys, headers, ts_deltas) -> the records section as bytes (keys, "
     "headers, ts_deltas may be None), or None for inputs only the Python encoder takes."},
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
