import torch
from torch.optim import lr_scheduler

w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.8)
sched = lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    print(f"epoch {epoch}: lr {sched.get_last_lr()[0]}")
    opt.step()
    sched.step()
