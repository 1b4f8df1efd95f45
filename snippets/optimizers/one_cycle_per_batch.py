import torch
from torch.optim import lr_scheduler

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
epochs, batches_per_epoch = 2, 5
sched = lr_scheduler.OneCycleLR(
    opt, max_lr=1.0, epochs=epochs, steps_per_epoch=batches_per_epoch
)
for epoch in range(epochs):
    lrs = []
    for _ in range(batches_per_epoch):  # one batch per step
        lrs.append(round(sched.get_last_lr()[0], 3))
        opt.step()
        sched.step()  # OneCycleLR steps once per batch
    print(f"epoch {epoch}:", lrs)
print("scheduler steps:", sched.last_epoch)
