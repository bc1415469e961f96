/* The extension module around the generated readers (included at the end of the generated
 * fluxmq/protocol/messages/_accel.c, after its MODULES table). Hand-written.
 *
 * fluxmq.protocol._accel.bind(module, fingerprint, classes, py_readers, name) is called by
 * fluxmq.protocol.message.bind_readers when a generated message module is imported; it returns
 * one Reader per version (a drop-in for the Python reader: `reader(buf, pos) -> (obj, pos)`),
 * or None when this build was generated from different code (the fingerprint differs).
 * Decoder(reader, cls, version) is what Message.decoder(version) hands out: `decoder(data)`.
 */

/* ------------------------------------------------------------------------- Reader */

typedef struct {
    PyObject_HEAD
    readfn fn;
    PyObject *py; /* the Python reader, used for inputs the C code does not take */
    vectorcallfunc vectorcall;
} Reader;

static PyTypeObject ReaderType;

/* Run `fn` over `src` (bytes, or a one-dimensional contiguous memoryview of unsigned bytes).
 * Returns the object, or NULL with an exception set; -2 in *ppos means "not handled". */
static PyObject *
run_reader(readfn fn, PyObject *src, Py_ssize_t *ppos, Py_ssize_t *plen)
{
    Ctx c;
    Py_buffer view;
    int have_view = 0;
    Py_ssize_t end;
    if (PyBytes_CheckExact(src)) {
        c.buf = (const unsigned char *)PyBytes_AS_STRING(src);
        end = PyBytes_GET_SIZE(src);
        c.mv = NULL;
    }
    else if (PyMemoryView_Check(src)) {
        if (PyObject_GetBuffer(src, &view, PyBUF_FULL_RO) < 0) {
            PyErr_Clear();
            *ppos = -2;
            return NULL;
        }
        have_view = 1;
        if (view.ndim != 1 || view.itemsize != 1 || view.format == NULL ||
            strcmp(view.format, "B") != 0 || !PyBuffer_IsContiguous(&view, 'C')) {
            PyBuffer_Release(&view);
            *ppos = -2;
            return NULL;
        }
        c.buf = (const unsigned char *)view.buf;
        end = view.len;
        c.mv = src;
    }
    else {
        *ppos = -2;
        return NULL;
    }
    c.src = src;
    c.own_mv = 0;
    *plen = end;
    PyObject *obj = fn(&c, end, ppos);
    if (c.own_mv)
        Py_DECREF(c.mv);
    if (have_view)
        PyBuffer_Release(&view);
    return obj;
}

static PyObject *
Reader_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Reader *r = (Reader *)self;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    if (nargs != 2 || kwnames != NULL || !PyLong_CheckExact(args[1]))
        return PyObject_Vectorcall(r->py, args, nargsf, kwnames);
    Py_ssize_t pos = PyLong_AsSsize_t(args[1]), len;
    if (pos < 0) {
        if (PyErr_Occurred())
            PyErr_Clear();
        return PyObject_Vectorcall(r->py, args, nargsf, kwnames);
    }
    PyObject *obj = run_reader(r->fn, args[0], &pos, &len);
    if (obj == NULL) {
        if (pos == -2 && !PyErr_Occurred())
            return PyObject_Vectorcall(r->py, args, nargsf, kwnames);
        return NULL;
    }
    PyObject *p = PyLong_FromSsize_t(pos);
    if (p == NULL) {
        Py_DECREF(obj);
        return NULL;
    }
    PyObject *t = PyTuple_New(2);
    if (t == NULL) {
        Py_DECREF(obj);
        Py_DECREF(p);
        return NULL;
    }
    PyTuple_SET_ITEM(t, 0, obj);
    PyTuple_SET_ITEM(t, 1, p);
    return t;
}

static void
Reader_dealloc(PyObject *self)
{
    Reader *r = (Reader *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(r->py);
    Py_TYPE(self)->tp_free(self);
}

static int
Reader_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((Reader *)self)->py);
    return 0;
}

static PyObject *
Reader_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<fluxmq C reader for %R>", ((Reader *)self)->py);
}

static PyTypeObject ReaderType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fluxmq.protocol._accel.Reader",
    .tp_basicsize = sizeof(Reader),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(Reader, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_dealloc = Reader_dealloc,
    .tp_traverse = Reader_traverse,
    .tp_repr = Reader_repr,
    .tp_doc = "A generated C reader: reader(buf, pos) -> (obj, new_pos), like the Python one.",
};

/* ------------------------------------------------------------------------ Decoder */

typedef struct {
    PyObject_HEAD
    readfn fn;
    PyObject *cls;
    PyObject *version;
    PyObject *name; /* cls.NAME */
    vectorcallfunc vectorcall;
} Decoder;

static PyTypeObject DecoderType;
static PyObject *str_decode, *str_allow_trailing;

static PyObject *
Decoder_fallback(Decoder *d, PyObject *data, PyObject *allow)
{
    PyObject *args[4] = {d->cls, data, d->version, allow};
    PyObject *kw = PyTuple_Pack(1, str_allow_trailing);
    if (kw == NULL)
        return NULL;
    PyObject *r = PyObject_VectorcallMethod(str_decode, args, 3, kw);
    Py_DECREF(kw);
    return r;
}

static PyObject *
Decoder_vectorcall(PyObject *self, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    Decoder *d = (Decoder *)self;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *allow = Py_False;
    Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);
    if (nargs == 2 && nkw == 0)
        allow = args[1];
    else if (nargs == 1 && nkw == 1 &&
             PyUnicode_Compare(PyTuple_GET_ITEM(kwnames, 0), str_allow_trailing) == 0)
        allow = args[1];
    else if (nargs != 1 || nkw != 0) {
        PyErr_SetString(PyExc_TypeError,
                        "decoder(data, allow_trailing=False) takes one buffer and a flag");
        return NULL;
    }
    int allow_trailing = PyObject_IsTrue(allow);
    if (allow_trailing < 0)
        return NULL;
    Py_ssize_t pos = 0, len = 0;
    PyObject *obj = run_reader(d->fn, args[0], &pos, &len);
    if (obj == NULL) {
        if (pos == -2 && !PyErr_Occurred())
            return Decoder_fallback(d, args[0], allow_trailing ? Py_True : Py_False);
        return NULL;
    }
    if (pos != len && !allow_trailing) {
        Py_DECREF(obj);
        PyErr_Format(DecodeError, "%U v%S: %zd unexpected trailing bytes at byte %zd", d->name,
                     d->version, len - pos, pos);
        return NULL;
    }
    return obj;
}

static void
Decoder_dealloc(PyObject *self)
{
    Decoder *d = (Decoder *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(d->cls);
    Py_CLEAR(d->version);
    Py_CLEAR(d->name);
    Py_TYPE(self)->tp_free(self);
}

static int
Decoder_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(((Decoder *)self)->cls);
    return 0;
}

static PyObject *
Decoder_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    PyObject *reader, *cls, *version;
    if (!PyArg_ParseTuple(args, "O!OO!:Decoder", &ReaderType, &reader, &cls, &PyLong_Type,
                          &version))
        return NULL;
    PyObject *name = PyObject_GetAttrString(cls, "NAME");
    if (name == NULL)
        return NULL;
    if (!PyUnicode_Check(name)) {
        Py_DECREF(name);
        PyErr_SetString(PyExc_TypeError, "cls.NAME must be a str");
        return NULL;
    }
    Decoder *d = PyObject_GC_New(Decoder, type);
    if (d == NULL) {
        Py_DECREF(name);
        return NULL;
    }
    d->fn = ((Reader *)reader)->fn;
    Py_INCREF(cls);
    d->cls = cls;
    Py_INCREF(version);
    d->version = version;
    d->name = name;
    d->vectorcall = Decoder_vectorcall;
    PyObject_GC_Track(d);
    return (PyObject *)d;
}

static PyObject *
Decoder_repr(PyObject *self)
{
    Decoder *d = (Decoder *)self;
    return PyUnicode_FromFormat("<fluxmq C decoder for %U v%S>", d->name, d->version);
}

static PyTypeObject DecoderType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fluxmq.protocol._accel.Decoder",
    .tp_basicsize = sizeof(Decoder),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(Decoder, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_new = Decoder_new,
    .tp_dealloc = Decoder_dealloc,
    .tp_traverse = Decoder_traverse,
    .tp_repr = Decoder_repr,
    .tp_doc = "Decoder(reader, cls, version): decoder(data, allow_trailing=False) -> message.",
};

/* --------------------------------------------------------------------------- bind */

static int
bind_class(ClassInfo *ci, const char *const *names, ClassInfo *const *sub, PyObject *item)
{
    /* item: (cls, defaults, factory_flags, direct) */
    PyObject *cls, *defaults, *flags;
    int direct;
    if (!PyArg_ParseTuple(item, "OO!O!p", &cls, &PyTuple_Type, &defaults, &PyTuple_Type, &flags,
                          &direct))
        return -1;
    if (!PyType_Check(cls)) {
        PyErr_SetString(PyExc_TypeError, "bind: not a class");
        return -1;
    }
    Py_ssize_t n = 0;
    while (names[n] != NULL)
        n++;
    PyObject *fields = PyObject_GetAttrString(cls, "__struct_fields__");
    if (fields == NULL)
        return -1;
    int ok = PyTuple_Check(fields) && PyTuple_GET_SIZE(fields) == n &&
             PyTuple_GET_SIZE(defaults) == n && PyTuple_GET_SIZE(flags) == n;
    for (Py_ssize_t i = 0; ok && i < n; i++) {
        PyObject *f = PyTuple_GET_ITEM(fields, i);
        ok = PyUnicode_Check(f) && PyUnicode_CompareWithASCIIString(f, names[i]) == 0;
    }
    Py_DECREF(fields);
    if (!ok)
        return 0; /* not the class this code was generated for */
    PyObject **vals = PyMem_Calloc((size_t)n + 1, sizeof(PyObject *));
    unsigned char *fac = PyMem_Calloc((size_t)n + 1, 1);
    Py_ssize_t *offs = NULL;
    if (vals == NULL || fac == NULL) {
        PyMem_Free(vals);
        PyMem_Free(fac);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        vals[i] = PyTuple_GET_ITEM(defaults, i);
        Py_INCREF(vals[i]);
        fac[i] = (unsigned char)PyObject_IsTrue(PyTuple_GET_ITEM(flags, i));
    }
    PyTypeObject *t = (PyTypeObject *)cls;
    if (direct && !(t->tp_flags & Py_TPFLAGS_HAVE_GC)) {
        /* Fill the slots directly (what the class's own constructor does) when every field is
         * an object slot of this layout. */
        offs = PyMem_Calloc((size_t)n + 1, sizeof(Py_ssize_t));
        if (offs == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        for (Py_ssize_t i = 0; i < n && offs != NULL; i++) {
            PyObject *d = PyDict_GetItemString(t->tp_dict, names[i]);
            if (d == NULL || Py_TYPE(d) != &PyMemberDescr_Type ||
                ((PyMemberDescrObject *)d)->d_member->type != T_OBJECT_EX) {
                PyMem_Free(offs);
                offs = NULL;
                break;
            }
            offs[i] = ((PyMemberDescrObject *)d)->d_member->offset;
        }
    }
    if (ci->type != NULL) { /* re-bound (a module reloaded): drop the old references */
        for (Py_ssize_t i = 0; i < ci->nfields; i++)
            Py_XDECREF(ci->defaults[i]);
        PyMem_Free(ci->defaults);
        PyMem_Free(ci->factory);
        PyMem_Free(ci->offsets);
        Py_DECREF(ci->type);
    }
    Py_INCREF(cls);
    ci->type = cls;
    ci->nfields = n;
    ci->defaults = vals;
    ci->factory = fac;
    ci->offsets = offs;
    ci->sub = sub;
    return 1;
}

static PyObject *
accel_bind(PyObject *module, PyObject *args)
{
    const char *name, *fingerprint;
    PyObject *classes, *py_readers;
    if (!PyArg_ParseTuple(args, "ssO!O!:bind", &name, &fingerprint, &PyTuple_Type, &classes,
                          &PyTuple_Type, &py_readers))
        return NULL;
    const ModEntry *m = MODULES;
    while (m->name != NULL && strcmp(m->name, name) != 0)
        m++;
    if (m->name == NULL || strcmp(m->fingerprint, fingerprint) != 0)
        Py_RETURN_NONE;
    Py_ssize_t nclasses = 0;
    while (m->classes[nclasses] != NULL)
        nclasses++;
    if (PyTuple_GET_SIZE(classes) != nclasses || PyTuple_GET_SIZE(py_readers) != m->nreaders)
        Py_RETURN_NONE;
    for (Py_ssize_t i = 0; i < nclasses; i++) {
        int r = bind_class(m->classes[i], m->fields[i], m->subs[i], PyTuple_GET_ITEM(classes, i));
        if (r < 0)
            return NULL;
        if (r == 0)
            Py_RETURN_NONE;
    }
    PyObject *out = PyTuple_New(m->nreaders);
    if (out == NULL)
        return NULL;
    for (int v = 0; v < m->nreaders; v++) {
        PyObject *py = PyTuple_GET_ITEM(py_readers, v);
        PyObject *x;
        if (m->readers[v] == NULL || py == Py_None) {
            Py_INCREF(py);
            x = py;
        }
        else {
            Reader *r = PyObject_GC_New(Reader, &ReaderType);
            if (r == NULL) {
                Py_DECREF(out);
                return NULL;
            }
            r->fn = m->readers[v];
            Py_INCREF(py);
            r->py = py;
            r->vectorcall = Reader_vectorcall;
            PyObject_GC_Track(r);
            x = (PyObject *)r;
        }
        PyTuple_SET_ITEM(out, v, x);
    }
    return out;
}

/* primitives.uvarint_bytes in C: the encoders call it for every length >= 16384 (a 16 KiB
 * record batch), where the Python function's call and arithmetic cost ~130 ns. */
static PyObject *
accel_uvarint_bytes(PyObject *self, PyObject *arg)
{
    (void)self;
    int overflow;
    long long v = PyLong_AsLongLongAndOverflow(arg, &overflow);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    if (overflow != 0 || v < 0 || v > 0xFFFFFFFFLL) {
        PyErr_Format(PyExc_OverflowError, "unsigned varint cannot hold %R", arg);
        return NULL;
    }
    unsigned char b[5];
    int k = 0;
    unsigned long long u = (unsigned long long)v;
    while (u >= 0x80) {
        b[k++] = (unsigned char)((u & 0x7F) | 0x80);
        u >>= 7;
    }
    b[k++] = (unsigned char)u;
    return PyBytes_FromStringAndSize((const char *)b, k);
}

static PyMethodDef accel_methods[] = {
    {"bind", accel_bind, METH_VARARGS,
     "bind(module, fingerprint, classes, py_readers) -> tuple of readers, or None"},
    {"uvarint_bytes", accel_uvarint_bytes, METH_O,
     "uvarint_bytes(n) -> the unsigned varint encoding of n (0 <= n < 2**32)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef accel_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "fluxmq.protocol._accel",
    .m_doc = "Generated C readers for fluxmq.protocol.messages (see codegen/emit_c.py).",
    .m_size = -1,
    .m_methods = accel_methods,
};

static PyObject *
import_attr(const char *module, const char *attr)
{
    PyObject *m = PyImport_ImportModule(module);
    if (m == NULL)
        return NULL;
    PyObject *a = PyObject_GetAttrString(m, attr);
    Py_DECREF(m);
    return a;
}

static Py_ssize_t
slot_offset(PyObject *type, const char *name)
{
    PyObject *d = PyDict_GetItemString(((PyTypeObject *)type)->tp_dict, name);
    if (d == NULL || Py_TYPE(d) != &PyMemberDescr_Type) {
        PyErr_Format(PyExc_ImportError, "uuid.UUID.%s is not a slot", name);
        return -1;
    }
    return ((PyMemberDescrObject *)d)->d_member->offset;
}

PyMODINIT_FUNC
PyInit__accel(void)
{
    if (PyType_Ready(&ReaderType) < 0 || PyType_Ready(&DecoderType) < 0)
        return NULL;
    if ((DecodeError = import_attr("fluxmq.protocol.errors", "DecodeError")) == NULL ||
        (UUIDType = import_attr("uuid", "UUID")) == NULL ||
        (ZeroUUID = import_attr("fluxmq.protocol.primitives", "ZERO_UUID")) == NULL ||
        (SafeUnknown = import_attr("fluxmq.protocol.primitives", "_UNKNOWN_SAFE")) == NULL)
        return NULL;
    if (!PyType_Check(UUIDType) || (uuid_int_off = slot_offset(UUIDType, "int")) < 0 ||
        (uuid_safe_off = slot_offset(UUIDType, "is_safe")) < 0)
        return NULL;
    for (long i = SMALL_LO; i < SMALL_HI; i++)
        if ((small_ints[i - SMALL_LO] = PyLong_FromLong(i)) == NULL)
            return NULL;
    str_decode = PyUnicode_InternFromString("decode");
    str_allow_trailing = PyUnicode_InternFromString("allow_trailing");
    if (str_decode == NULL || str_allow_trailing == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&accel_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&ReaderType);
    Py_INCREF(&DecoderType);
    if (PyModule_AddObject(m, "Reader", (PyObject *)&ReaderType) < 0 ||
        PyModule_AddObject(m, "Decoder", (PyObject *)&DecoderType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
