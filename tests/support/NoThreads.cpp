// Preloaded into a program (LD_PRELOAD) to stand for a machine where no thread can be
// started (a process limit reached): every pthread_create() fails with EAGAIN.

#include <cerrno>
#include <pthread.h>

extern "C" int pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *)
{
    return EAGAIN;
}
