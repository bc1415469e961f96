/* fluxmq.client._buffer: the consumer's `async for` buffer.
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
 * (fluxmq.client.consumer._PyRecordBuffer) has the same behaviour. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

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
    if (rec == NULL)
        return PyObject_CallNoArgs(self->refill);
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

/* The iterator protocol of the awaitable, used when a tracer (coverage, a debugger) makes
 * the interpreter step it with next() instead of send(). */
static PyObject *
rb_iternext(RecordBuffer *self)
{
    PyObject *rec;
    if (rb_send(self, Py_None, &rec) != PYGEN_RETURN)
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

static PyObject *
rb_send_method(RecordBuffer *self, PyObject *arg)
{
    PyObject *rec;
    if (rb_send(self, arg, &rec) != PYGEN_RETURN)
        return NULL;
    PyObject *stop = PyObject_CallOneArg(PyExc_StopIteration, rec);
    Py_DECREF(rec);
    if (stop != NULL) {
        PyErr_SetObject(PyExc_StopIteration, stop);
        Py_DECREF(stop);
    }
    return NULL;
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

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_buffer", "The consumer's async-for buffer in C.", -1, NULL,
};

PyMODINIT_FUNC
PyInit__buffer(void)
{
    if (PyType_Ready(&RecordBufferType) < 0)
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
    return m;
}
