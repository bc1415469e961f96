/* fluxmq.client._speedups: the client's per-record paths in C.
 *
 * 1. RecordBuffer: the consumer's `async for` buffer.
 *
 * RecordBuffer(refill) holds the records fetched for `async for record in consumer` and
 * hands them out one per `__anext__` with no coroutine, future or other allocation: the
 * buffer is its own awaitable (`__anext__` returns the buffer, whose `send` returns the
 * record). When it is empty, `__anext__` returns `refill()`, a coroutine of the consumer
 * that waits for records, `load()`s them and returns the first. In Python, `async for` over
 * a coroutine-based `__anext__` cost about 110 ns a record, a third of the consume time.
 *
 * Handed-out slots of the loaded list are cleared at once, so a record the application
 * dropped is freed then, as with the deque this replaces. The pure-Python twin
 * (fluxmq.client.record_buffer.PyRecordBuffer) has the same behaviour.
 *
 * 2. DeliveryFuture and append_record: the producer's per-record handle and the step that
 * adds a record to its batch and makes one. The Python class (fluxmq.client.producer) is the
 * reference; this one behaves the same, with its waiting and repr done by Python functions
 * given to configure_futures(). It is not seen by the cyclic collector (no Py_TPFLAGS_HAVE_GC:
 * it points at its batch and nothing of ours points back), so the 10,000s an application
 * holds between checks cost no collection time, and making one costs no Python frame. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <time.h>

typedef struct {
    PyObject_HEAD
    PyObject *items;   /* list (owned, slots before pos cleared), or NULL */
    Py_ssize_t pos;
    PyObject *refill;  /* () -> awaitable of the next record */
    PyObject *ready;   /* the record the pending await returns, or NULL */
} RecordBuffer;

static int
rb_init(RecordBuffer *self, PyObject *args, PyObject *kwds)
{
    PyObject *refill;
    static char *kwlist[] = {"refill", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O:RecordBuffer", kwlist, &refill))
        return -1;
    if (!PyCallable_Check(refill)) {
        PyErr_SetString(PyExc_TypeError, "refill must be callable");
        return -1;
    }
    Py_INCREF(refill);
    Py_XSETREF(self->refill, refill);
    return 0;
}

static int
rb_traverse(RecordBuffer *self, visitproc visit, void *arg)
{
    Py_VISIT(self->items);
    Py_VISIT(self->refill);
    Py_VISIT(self->ready);
    return 0;
}

static int
rb_clear(RecordBuffer *self)
{
    Py_CLEAR(self->items);
    Py_CLEAR(self->refill);
    Py_CLEAR(self->ready);
    return 0;
}

static void
rb_dealloc(RecordBuffer *self)
{
    PyObject_GC_UnTrack(self);
    rb_clear(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static Py_ssize_t
rb_len(RecordBuffer *self)
{
    return self->items == NULL ? 0 : PyList_GET_SIZE(self->items) - self->pos;
}

/* The next record (a new reference), or NULL when empty (no error set). */
static PyObject *
rb_take(RecordBuffer *self)
{
    PyObject *items = self->items;
    if (items == NULL || self->pos >= PyList_GET_SIZE(items))
        return NULL;
    PyObject *rec = PyList_GET_ITEM(items, self->pos); /* the list's reference, now ours */
    Py_INCREF(Py_None);
    PyList_SET_ITEM(items, self->pos, Py_None);
    self->pos++;
    return rec;
}

static PyObject *
rb_anext(RecordBuffer *self)
{
    PyObject *rec = rb_take(self);
    if (rec == NULL) {
        if (self->refill == NULL) { /* made with __new__ and never initialised */
            PyErr_SetString(PyExc_TypeError, "RecordBuffer.__init__ was not called");
            return NULL;
        }
        return PyObject_CallNoArgs(self->refill);
    }
    Py_XSETREF(self->ready, rec);
    Py_INCREF(self);
    return (PyObject *)self;
}

static PyObject *
rb_await(RecordBuffer *self)
{
    Py_INCREF(self);
    return (PyObject *)self;
}

static PySendResult
rb_send(RecordBuffer *self, PyObject *arg, PyObject **result)
{
    if (self->ready == NULL) {
        PyErr_SetString(PyExc_RuntimeError,
                        "RecordBuffer awaited without __anext__ (or awaited twice)");
        *result = NULL;
        return PYGEN_ERROR;
    }
    *result = self->ready; /* the reference moves to the caller */
    self->ready = NULL;
    return PYGEN_RETURN;
}

/* The awaitable's step as a generator's send() is seen from Python: it ends at once, with
 * StopIteration(record). */
static PyObject *
rb_send_method(RecordBuffer *self, PyObject *arg)
{
    PyObject *rec;
    if (rb_send(self, arg, &rec) != PYGEN_RETURN)
        return NULL;
    /* StopIteration(rec), built explicitly: a tuple value would be taken as its args */
    PyObject *stop = PyObject_CallOneArg(PyExc_StopIteration, rec);
    Py_DECREF(rec);
    if (stop != NULL) {
        PyErr_SetObject(PyExc_StopIteration, stop);
        Py_DECREF(stop);
    }
    return NULL;
}

/* The iterator protocol of the awaitable, used when a tracer (coverage, a debugger) makes
 * the interpreter step it with next() instead of send(). */
static PyObject *
rb_iternext(RecordBuffer *self)
{
    return rb_send_method(self, Py_None);
}

static PyObject *
rb_aiter(RecordBuffer *self)
{
    Py_INCREF(self);
    return (PyObject *)self;
}

static PyObject *
rb_load(RecordBuffer *self, PyObject *items)
{
    if (!PyList_CheckExact(items)) {
        PyErr_SetString(PyExc_TypeError, "load() takes a list");
        return NULL;
    }
    Py_INCREF(items);
    Py_XSETREF(self->items, items);
    self->pos = 0;
    Py_RETURN_NONE;
}

static PyObject *
rb_remaining(RecordBuffer *self, PyObject *Py_UNUSED(ignored))
{
    if (self->items == NULL)
        return PyList_New(0);
    return PyList_GetSlice(self->items, self->pos, PyList_GET_SIZE(self->items));
}

static PyMethodDef rb_methods[] = {
    {"load", (PyCFunction)rb_load, METH_O,
     "load(records) -> None: hand out `records` (a list the buffer takes over) from the first."},
    {"remaining", (PyCFunction)rb_remaining, METH_NOARGS,
     "remaining() -> the records not handed out yet, as a new list."},
    {"send", (PyCFunction)rb_send_method, METH_O,
     "send(value): the awaitable's step (raises StopIteration with the record)."},
    {NULL, NULL, 0, NULL},
};

static PyAsyncMethods rb_async = {
    .am_await = (unaryfunc)rb_await,
    .am_aiter = (unaryfunc)rb_aiter,
    .am_anext = (unaryfunc)rb_anext,
    .am_send = (sendfunc)rb_send,
};

static PySequenceMethods rb_sequence = {
    .sq_length = (lenfunc)rb_len,
};

static PyTypeObject RecordBufferType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fluxmq.client._buffer.RecordBuffer",
    .tp_doc = PyDoc_STR("RecordBuffer(refill): the consumer's async-for buffer (see _buffer.c)."),
    .tp_basicsize = sizeof(RecordBuffer),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)rb_init,
    .tp_dealloc = (destructor)rb_dealloc,
    .tp_traverse = (traverseproc)rb_traverse,
    .tp_clear = (inquiry)rb_clear,
    .tp_as_async = &rb_async,
    .tp_as_sequence = &rb_sequence,
    .tp_iternext = (iternextfunc)rb_iternext,
    .tp_methods = rb_methods,
};

/* ---------------------------------------------------------------- DeliveryFuture */

typedef struct {
    PyObject_HEAD
    PyObject *batch;   /* the producer's _Batch: .done, .error, .error_for(i), .metadata(i) */
    Py_ssize_t index;  /* the record's place in it */
} DeliveryFuture;

static PyTypeObject DeliveryFutureType;
static PyObject *future_wait_hook = NULL; /* async (fut) -> RecordMetadata */
static PyObject *future_repr_hook = NULL; /* (fut) -> str */
static PyObject *str_done, *str_error, *str_error_for, *str_metadata;

static PyObject *
future_make(PyObject *batch, Py_ssize_t index)
{
    DeliveryFuture *f = PyObject_New(DeliveryFuture, &DeliveryFutureType);
    if (f == NULL)
        return NULL;
    Py_INCREF(batch);
    f->batch = batch;
    f->index = index;
    return (PyObject *)f;
}

static PyObject *
future_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *batch;
    Py_ssize_t index;
    static char *kwlist[] = {"batch", "index", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "On:DeliveryFuture", kwlist, &batch, &index))
        return NULL;
    return future_make(batch, index);
}

static void
future_dealloc(DeliveryFuture *self)
{
    Py_DECREF(self->batch);
    PyObject_Free(self);
}

/* 1 when the batch is done, 0 when not, -1 on error */
static int
future_is_done(DeliveryFuture *self)
{
    PyObject *done = PyObject_GetAttr(self->batch, str_done);
    if (done == NULL)
        return -1;
    int r = PyObject_IsTrue(done);
    Py_DECREF(done);
    return r;
}

static int
future_require_done(DeliveryFuture *self)
{
    int r = future_is_done(self);
    if (r == 0)
        PyErr_SetString(PyExc_RuntimeError, "the record is not acknowledged yet");
    return r == 1 ? 0 : -1;
}

static PyObject *
future_done(DeliveryFuture *self, PyObject *Py_UNUSED(ignored))
{
    int r = future_is_done(self);
    if (r < 0)
        return NULL;
    return PyBool_FromLong(r);
}

/* The record's error (a new reference; None on success): the batch's, and when it has one,
 * batch.error_for(index), which is exact for a batch that was split. */
static PyObject *
future_error(DeliveryFuture *self)
{
    PyObject *err = PyObject_GetAttr(self->batch, str_error);
    if (err == NULL || err == Py_None)
        return err;
    Py_DECREF(err);
    PyObject *i = PyLong_FromSsize_t(self->index);
    if (i == NULL)
        return NULL;
    err = PyObject_CallMethodOneArg(self->batch, str_error_for, i);
    Py_DECREF(i);
    return err;
}

static PyObject *
future_exception(DeliveryFuture *self, PyObject *Py_UNUSED(ignored))
{
    if (future_require_done(self) < 0)
        return NULL;
    return future_error(self);
}

static PyObject *
future_result(DeliveryFuture *self, PyObject *Py_UNUSED(ignored))
{
    if (future_require_done(self) < 0)
        return NULL;
    PyObject *err = future_error(self);
    if (err == NULL)
        return NULL;
    if (err != Py_None) {
        PyErr_SetObject((PyObject *)Py_TYPE(err), err);
        Py_DECREF(err);
        return NULL;
    }
    Py_DECREF(err);
    PyObject *i = PyLong_FromSsize_t(self->index);
    if (i == NULL)
        return NULL;
    PyObject *md = PyObject_CallMethodOneArg(self->batch, str_metadata, i);
    Py_DECREF(i);
    return md;
}

static PyObject *
future_call_hook(PyObject *hook, PyObject *self)
{
    if (hook == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "configure_futures() was not called");
        return NULL;
    }
    return PyObject_CallOneArg(hook, self);
}

static PyObject *
future_wait(DeliveryFuture *self, PyObject *Py_UNUSED(ignored))
{
    return future_call_hook(future_wait_hook, (PyObject *)self);
}

static PyObject *
future_await(DeliveryFuture *self)
{
    PyObject *coro = future_call_hook(future_wait_hook, (PyObject *)self);
    if (coro == NULL)
        return NULL;
    PyObject *it = PyObject_CallMethod(coro, "__await__", NULL);
    Py_DECREF(coro);
    return it;
}

static PyObject *
future_repr(DeliveryFuture *self)
{
    return future_call_hook(future_repr_hook, (PyObject *)self);
}

static PyMethodDef future_methods[] = {
    {"done", (PyCFunction)future_done, METH_NOARGS,
     "Whether the record was acknowledged or failed."},
    {"exception", (PyCFunction)future_exception, METH_NOARGS,
     "The record's error, None on success; raises RuntimeError while not done."},
    {"result", (PyCFunction)future_result, METH_NOARGS,
     "Where the record landed; raises its error, or RuntimeError while not done."},
    {"wait", (PyCFunction)future_wait, METH_NOARGS,
     "Wait for the acknowledgement (same as `await fut`)."},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef future_members[] = {
    {"_batch", T_OBJECT_EX, offsetof(DeliveryFuture, batch), READONLY, NULL},
    {"_index", T_PYSSIZET, offsetof(DeliveryFuture, index), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyAsyncMethods future_async = {
    .am_await = (unaryfunc)future_await,
};

static PyTypeObject DeliveryFutureType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fluxmq.client.DeliveryFuture",
    .tp_doc = PyDoc_STR(
        "The outcome of one record: `await fut` gives its RecordMetadata or raises its error.\n\n"
        "`done()`, `result()` and `exception()` read it without waiting. Cheap by design: a "
        "handle on the record's batch and its place in it, completed when the batch is "
        "acknowledged."),
    .tp_basicsize = sizeof(DeliveryFuture),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = future_new,
    .tp_dealloc = (destructor)future_dealloc,
    .tp_repr = (reprfunc)future_repr,
    .tp_as_async = &future_async,
    .tp_methods = future_methods,
    .tp_members = future_members,
};

static PyObject *
configure_futures(PyObject *self, PyObject *args)
{
    PyObject *wait, *repr;
    if (!PyArg_ParseTuple(args, "OO:configure_futures", &wait, &repr))
        return NULL;
    Py_INCREF(wait);
    Py_INCREF(repr);
    Py_XSETREF(future_wait_hook, wait);
    Py_XSETREF(future_repr_hook, repr);
    Py_RETURN_NONE;
}

/* CreateTime now, in ms, as time.time_ns() // 1_000_000 */
static PyObject *
now_ms(void)
{
#ifdef _WIN32
    static PyObject *time_ns = NULL;
    if (time_ns == NULL) {
        PyObject *mod = PyImport_ImportModule("time");
        if (mod == NULL)
            return NULL;
        time_ns = PyObject_GetAttrString(mod, "time_ns");
        Py_DECREF(mod);
        if (time_ns == NULL)
            return NULL;
    }
    PyObject *ns = PyObject_CallNoArgs(time_ns);
    if (ns == NULL)
        return NULL;
    long long v = PyLong_AsLongLong(ns);
    Py_DECREF(ns);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLongLong(v / 1000000);
#else
    struct timespec ts;
    if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
        return PyErr_SetFromErrno(PyExc_OSError);
    return PyLong_FromLongLong((long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000);
#endif
}

/* append_record(batch, values, timestamps, value, timestamp) -> DeliveryFuture: appends
 * `value` to `values` and `timestamp` (None: now, in ms) to `timestamps`, the batch's lists,
 * and returns the record's future. */
static PyObject *
append_record(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 5) {
        PyErr_SetString(PyExc_TypeError, "append_record takes 5 arguments");
        return NULL;
    }
    PyObject *batch = args[0], *values = args[1], *timestamps = args[2];
    if (!PyList_CheckExact(values) || !PyList_CheckExact(timestamps)) {
        PyErr_SetString(PyExc_TypeError, "append_record: values and timestamps must be lists");
        return NULL;
    }
    PyObject *value = args[3];
    /* Refused here, with nothing added, rather than by the encoder in the sender task. */
    if (value != Py_None && !PyBytes_CheckExact(value) && !PyObject_CheckBuffer(value)) {
        PyErr_Format(PyExc_TypeError, "a record value must be bytes-like or None, not %.100s",
                     Py_TYPE(value)->tp_name);
        return NULL;
    }
    if (args[4] != Py_None && !PyLong_Check(args[4])) {
        PyErr_Format(PyExc_TypeError, "timestamp must be an int or None, not %.100s",
                     Py_TYPE(args[4])->tp_name);
        return NULL;
    }
    PyObject *ts;
    if (args[4] == Py_None) {
        ts = now_ms();
        if (ts == NULL)
            return NULL;
    }
    else {
        ts = args[4];
        Py_INCREF(ts);
    }
    Py_ssize_t index = PyList_GET_SIZE(values);
    if (PyList_Append(values, args[3]) < 0) {
        Py_DECREF(ts);
        return NULL;
    }
    int rc = PyList_Append(timestamps, ts);
    Py_DECREF(ts);
    if (rc < 0)
        return NULL;
    return future_make(batch, index);
}

static PyMethodDef module_methods[] = {
    {"configure_futures", configure_futures, METH_VARARGS,
     "configure_futures(wait, repr): the Python functions DeliveryFuture's wait()/await and "
     "repr() call with the future."},
    {"append_record", (PyCFunction)(void (*)(void))append_record, METH_FASTCALL,
     "append_record(batch, values, timestamps, value, timestamp) -> DeliveryFuture"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_speedups", "The client's per-record paths in C.", -1,
    module_methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    if (PyType_Ready(&RecordBufferType) < 0 || PyType_Ready(&DeliveryFutureType) < 0)
        return NULL;
    str_done = PyUnicode_InternFromString("done");
    str_error = PyUnicode_InternFromString("error");
    str_error_for = PyUnicode_InternFromString("error_for");
    str_metadata = PyUnicode_InternFromString("metadata");
    if (str_done == NULL || str_error == NULL || str_error_for == NULL || str_metadata == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&RecordBufferType);
    if (PyModule_AddObject(m, "RecordBuffer", (PyObject *)&RecordBufferType) < 0) {
        Py_DECREF(&RecordBufferType);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&DeliveryFutureType);
    if (PyModule_AddObject(m, "DeliveryFuture", (PyObject *)&DeliveryFutureType) < 0) {
        Py_DECREF(&DeliveryFutureType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
