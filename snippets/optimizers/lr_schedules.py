import torch
from torch.optim import lr_scheduler

w = torch.zeros(1, requires_grad=True)


def lrs_per_epoch(make_scheduler, epochs=8):
    opt = torch.optim.SGD([w], lr=0.1)
    sched = make_scheduler(opt)
    lrs = []
    for _ in range(epochs):
        lrs.append(round(sched.get_last_lr()[0], 4))  # lr used this epoch
        opt.step()  # (the batches of one epoch would go here)
        sched.step()  # once per epoch, after optimizer.step()
    return lrs


print("StepLR:", lrs_per_epoch(lambda o: lr_scheduler.StepLR(o, 3, 0.5)))
cosine = lrs_per_epoch(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=7))
print("CosineAnnealingLR:", cosine)
warmup = lrs_per_epoch(
    lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=3)
)
print("LinearLR warm-up:", warmup)
