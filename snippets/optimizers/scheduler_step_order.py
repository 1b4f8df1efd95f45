import textwrap
import warnings

import torch
from torch.optim import lr_scheduler


def lrs_used(scheduler_first):
    w = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([w], lr=1.0)
    sched = lr_scheduler.StepLR(opt, step_size=1, gamma=0.1)
    used = []
    for _ in range(3):  # three epochs
        if scheduler_first:
            sched.step()  # wrong: before optimizer.step()
        used.append(f"{opt.param_groups[0]['lr']:.0e}")  # lr of this step
        opt.step()
        if not scheduler_first:
            sched.step()  # right: after optimizer.step()
    return used


print("right order, lr used:", lrs_used(scheduler_first=False))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("wrong order, lr used:", lrs_used(scheduler_first=True))

print("warnings caught:", len(caught))
print(caught[0].category.__name__ + ":")
print(textwrap.fill(str(caught[0].message), 72))
