/* virtio_mmio.c: discovery and set-up of virtio-mmio devices on microvm, and
 * the split-virtqueue primitives the device drivers share.
 *
 * Discovery: QEMU gives a PVH image no "virtio_mmio.device=" hints, so all 24
 * slots at VIRTIO_MMIO_BASE are probed.  Every slot answers the magic; an
 * empty one reads device id 0.  Plugged devices take the highest slots, so
 * the search goes downwards and the first match is the one QEMU plugged
 * first of that type.
 *
 * Only the modern register layout (version 2) is driven: QEMU offers it with
 * "-global virtio-mmio.force-legacy=false" (robur/vm/channel.py passes it).
 *
 * Everything is polled: interrupts stay off for the life of the VM, each
 * queue's available ring carries VRING_AVAIL_F_NO_INTERRUPT, and a driver
 * reads the used ring's index to see what the device returned.  x86 keeps
 * stores in order and the MMIO window is mapped uncached, so a compiler
 * barrier is the only fence needed between filling a ring slot, publishing
 * the index and ringing the doorbell. */
#include "pvh.h"
#include "virtio_mmio.h"

#define barrier() __asm__ volatile("" ::: "memory")
#define RESET_SPINS 1000000              /* a device that never resets is given up */

static inline uint32_t rd(struct virtio_dev *d, uint32_t off)
{
    return *(volatile uint32_t *)(d->base + off);
}
static inline void wr(struct virtio_dev *d, uint32_t off, uint32_t v)
{
    *(volatile uint32_t *)(d->base + off) = v;
}

int virtio_mmio_find(uint32_t device_id, struct virtio_dev *dev, int *legacy)
{
    if (legacy) *legacy = 0;
    for (int slot = VIRTIO_MMIO_SLOTS - 1; slot >= 0; slot--) {
        struct virtio_dev d = {VIRTIO_MMIO_BASE + VIRTIO_MMIO_STRIDE * (uintptr_t)slot, 0, slot};
        if (rd(&d, VIRTIO_MMIO_MAGIC_VALUE) != VIRTIO_MMIO_MAGIC) continue;
        if (rd(&d, VIRTIO_MMIO_DEVICE_ID) != device_id) continue;
        if (rd(&d, VIRTIO_MMIO_VERSION) != 2) {
            if (legacy) *legacy = 1;
            continue;
        }
        d.device_id = device_id;
        *dev = d;
        return 1;
    }
    return 0;
}

uint32_t virtio_mmio_status(struct virtio_dev *dev)
{
    return rd(dev, VIRTIO_MMIO_STATUS);
}

int virtio_mmio_negotiate(struct virtio_dev *dev, uint64_t wanted, uint64_t *accepted)
{
    wr(dev, VIRTIO_MMIO_STATUS, 0);   /* reset; reads back 0 when done (at once on QEMU) */
    for (uint32_t spins = 0; rd(dev, VIRTIO_MMIO_STATUS) != 0; spins++) {
        if (spins == RESET_SPINS) return 0;
        cpu_relax();
    }
    wr(dev, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE);
    wr(dev, VIRTIO_MMIO_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);

    uint64_t offered = 0;
    for (uint32_t sel = 0; sel < 2; sel++) {
        wr(dev, VIRTIO_MMIO_DEVICE_FEATURES_SEL, sel);
        offered |= (uint64_t)rd(dev, VIRTIO_MMIO_DEVICE_FEATURES) << (32 * sel);
    }
    uint64_t want = wanted | (1ULL << VIRTIO_F_VERSION_1);
    uint64_t take = offered & want;
    if (!(take & (1ULL << VIRTIO_F_VERSION_1))) goto fail;
    for (uint32_t sel = 0; sel < 2; sel++) {
        wr(dev, VIRTIO_MMIO_DRIVER_FEATURES_SEL, sel);
        wr(dev, VIRTIO_MMIO_DRIVER_FEATURES, (uint32_t)(take >> (32 * sel)));
    }
    uint32_t s = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER | VIRTIO_STATUS_FEATURES_OK;
    wr(dev, VIRTIO_MMIO_STATUS, s);
    if (!(rd(dev, VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_FEATURES_OK)) goto fail;
    if (accepted) *accepted = take;
    return 1;
fail:
    wr(dev, VIRTIO_MMIO_STATUS, rd(dev, VIRTIO_MMIO_STATUS) | VIRTIO_STATUS_FAILED);
    return 0;
}

/* Ring sizes for n entries: descriptors 16n, available 6 + 2n, used 6 + 8n.
 * One allocation, each part at its required alignment (16, 2, 4), the used
 * ring on its own page so device writes never share a page with ours. */
int virtio_queue_setup(struct virtio_dev *dev, struct virtq *q, uint16_t index, uint16_t max)
{
    wr(dev, VIRTIO_MMIO_QUEUE_SEL, index);
    if (rd(dev, VIRTIO_MMIO_QUEUE_READY)) return 0;
    uint32_t n = rd(dev, VIRTIO_MMIO_QUEUE_NUM_MAX);
    if (n == 0) return 0;
    if (n > max) n = max;
    while (n & (n - 1)) n &= n - 1;   /* round down to a power of two */

    size_t desc_bytes = 16 * (size_t)n, avail_bytes = 6 + 2 * (size_t)n;
    size_t used_off = (desc_bytes + avail_bytes + RB_PAGE_SIZE - 1) & ~(RB_PAGE_SIZE - 1);
    size_t total = used_off + 6 + 8 * (size_t)n;
    char *mem = platform_alloc_pages(total);
    if (!mem) return 0;

    q->dev = dev;
    q->index = index;
    q->size = (uint16_t)n;
    q->desc = (struct vring_desc *)mem;
    q->avail = (volatile struct vring_avail *)(mem + desc_bytes);
    q->used = (volatile struct vring_used *)(mem + used_off);
    q->avail_idx = 0;
    q->last_used = 0;
    q->avail->flags = VRING_AVAIL_F_NO_INTERRUPT;

    uintptr_t d = (uintptr_t)q->desc, a = (uintptr_t)q->avail, u = (uintptr_t)q->used;
    wr(dev, VIRTIO_MMIO_QUEUE_NUM, n);
    wr(dev, VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)d);
    wr(dev, VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(d >> 32));
    wr(dev, VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)a);
    wr(dev, VIRTIO_MMIO_QUEUE_DRIVER_HIGH, (uint32_t)(a >> 32));
    wr(dev, VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)u);
    wr(dev, VIRTIO_MMIO_QUEUE_DEVICE_HIGH, (uint32_t)(u >> 32));
    wr(dev, VIRTIO_MMIO_QUEUE_READY, 1);
    return 1;
}

void virtio_mmio_ready(struct virtio_dev *dev)
{
    wr(dev, VIRTIO_MMIO_STATUS, rd(dev, VIRTIO_MMIO_STATUS) | VIRTIO_STATUS_DRIVER_OK);
}

void virtq_push(struct virtq *q, uint16_t head)
{
    q->avail->ring[q->avail_idx & (q->size - 1)] = head;
    barrier();   /* the slot before the index that publishes it */
    q->avail_idx++;
    q->avail->idx = q->avail_idx;
}

void virtq_kick(struct virtq *q)
{
    barrier();
    if (q->used->flags & VRING_USED_F_NO_NOTIFY) return;
    wr(q->dev, VIRTIO_MMIO_QUEUE_NOTIFY, q->index);
}

int virtq_pop(struct virtq *q, uint32_t *id, uint32_t *len)
{
    if (q->used->idx == q->last_used) return 0;
    barrier();   /* the index before the element it covers */
    volatile struct vring_used_elem *e = &q->used->ring[q->last_used & (q->size - 1)];
    *id = e->id;
    *len = e->len;
    q->last_used++;
    return 1;
}
