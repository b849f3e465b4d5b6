/* virtio_mmio.h: the virtio-mmio transport (virtio 1.x "modern", register
 * layout version 2) and split virtqueues, polled.  Register names follow the
 * virtio specification, section 4.2.2.  See virtio_mmio.c for the design. */
#ifndef ROBUR_VIRTIO_MMIO_H
#define ROBUR_VIRTIO_MMIO_H

#include <stddef.h>
#include <stdint.h>

/* microvm: 24 transports, 0x200 bytes apart; plugged devices take the
 * highest slots first (/work/shared/NOTES.md). */
#define VIRTIO_MMIO_BASE 0xfeb00000UL
#define VIRTIO_MMIO_STRIDE 0x200UL
#define VIRTIO_MMIO_SLOTS 24

/* Registers (byte offsets). */
#define VIRTIO_MMIO_MAGIC_VALUE 0x000        /* "virt" */
#define VIRTIO_MMIO_VERSION 0x004            /* 2 = modern, 1 = legacy */
#define VIRTIO_MMIO_DEVICE_ID 0x008          /* 0 = empty slot */
#define VIRTIO_MMIO_VENDOR_ID 0x00c
#define VIRTIO_MMIO_DEVICE_FEATURES 0x010
#define VIRTIO_MMIO_DEVICE_FEATURES_SEL 0x014
#define VIRTIO_MMIO_DRIVER_FEATURES 0x020
#define VIRTIO_MMIO_DRIVER_FEATURES_SEL 0x024
#define VIRTIO_MMIO_QUEUE_SEL 0x030
#define VIRTIO_MMIO_QUEUE_NUM_MAX 0x034
#define VIRTIO_MMIO_QUEUE_NUM 0x038
#define VIRTIO_MMIO_QUEUE_READY 0x044
#define VIRTIO_MMIO_QUEUE_NOTIFY 0x050
#define VIRTIO_MMIO_INTERRUPT_STATUS 0x060
#define VIRTIO_MMIO_INTERRUPT_ACK 0x064
#define VIRTIO_MMIO_STATUS 0x070
#define VIRTIO_MMIO_QUEUE_DESC_LOW 0x080
#define VIRTIO_MMIO_QUEUE_DESC_HIGH 0x084
#define VIRTIO_MMIO_QUEUE_DRIVER_LOW 0x090   /* the available ring */
#define VIRTIO_MMIO_QUEUE_DRIVER_HIGH 0x094
#define VIRTIO_MMIO_QUEUE_DEVICE_LOW 0x0a0   /* the used ring */
#define VIRTIO_MMIO_QUEUE_DEVICE_HIGH 0x0a4
#define VIRTIO_MMIO_CONFIG_GENERATION 0x0fc
#define VIRTIO_MMIO_CONFIG 0x100             /* device-specific configuration */

#define VIRTIO_MMIO_MAGIC 0x74726976

/* Device status bits. */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER 2
#define VIRTIO_STATUS_DRIVER_OK 4
#define VIRTIO_STATUS_FEATURES_OK 8
#define VIRTIO_STATUS_NEEDS_RESET 64
#define VIRTIO_STATUS_FAILED 128

/* Feature bits shared by every device type. */
#define VIRTIO_F_VERSION_1 32

/* Device types. */
#define VIRTIO_ID_NET 1
#define VIRTIO_ID_BLOCK 2
#define VIRTIO_ID_CONSOLE 3

/* Split-ring layout (virtio 1.x section 2.7). */
#define VRING_DESC_F_NEXT 1
#define VRING_DESC_F_WRITE 2              /* device writes (a receive buffer) */
#define VRING_AVAIL_F_NO_INTERRUPT 1
#define VRING_USED_F_NO_NOTIFY 1

struct vring_desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};
struct vring_avail {
    uint16_t flags;
    uint16_t idx;
    uint16_t ring[];                      /* then u16 used_event */
};
struct vring_used_elem {
    uint32_t id;
    uint32_t len;
};
struct vring_used {
    uint16_t flags;
    uint16_t idx;
    struct vring_used_elem ring[];        /* then u16 avail_event */
};

/* One transport slot. */
struct virtio_dev {
    uintptr_t base;
    uint32_t device_id;
    int slot;
};

/* One split virtqueue.  The driver owns descriptors; `last_used` is how far
 * it has consumed the used ring. */
struct virtq {
    struct virtio_dev *dev;
    uint16_t index, size;
    struct vring_desc *desc;
    volatile struct vring_avail *avail;
    volatile struct vring_used *used;
    uint16_t avail_idx;                   /* our copy of avail->idx */
    uint16_t last_used;
};

/* Finds the highest slot holding a modern device of type device_id.
 * Returns 1 and fills dev, else 0 (and *legacy = 1 when such a device exists
 * but only speaks the legacy layout, version 1). */
int virtio_mmio_find(uint32_t device_id, struct virtio_dev *dev, int *legacy);

/* Reset, ACKNOWLEDGE | DRIVER, then offer `wanted` & device features
 * (VIRTIO_F_VERSION_1 is always required) and check FEATURES_OK.  Returns 1
 * on success, 0 (device marked FAILED) otherwise.  *accepted gets the
 * negotiated features. */
int virtio_mmio_negotiate(struct virtio_dev *dev, uint64_t wanted, uint64_t *accepted);

/* Sets up queue `index` with at most `max` entries (a power of two), memory
 * from platform_alloc_pages; no interrupts wanted.  Returns 1 on success. */
int virtio_queue_setup(struct virtio_dev *dev, struct virtq *q, uint16_t index, uint16_t max);

/* DRIVER_OK: the device may now use the queues. */
void virtio_mmio_ready(struct virtio_dev *dev);

/* Publishes descriptor chain `head` in the available ring (no notify). */
void virtq_push(struct virtq *q, uint16_t head);
/* Tells the device about new available buffers, unless it asked not to be. */
void virtq_kick(struct virtq *q);
/* Takes the next used element; returns 1 and fills *id and *len, or 0 when
 * the device has returned nothing new. */
int virtq_pop(struct virtq *q, uint32_t *id, uint32_t *len);

/* Device status, for diagnostics (NEEDS_RESET, FAILED). */
uint32_t virtio_mmio_status(struct virtio_dev *dev);

#endif
