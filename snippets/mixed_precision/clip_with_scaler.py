import torch
from torch.nn import functional as F
from torch.nn.utils import clip_grad_norm_

x = torch.linspace(-1, 1, 8).unsqueeze(1)
y = 0.5 * x  # the model starts at 0, so the gradient is easy to predict


def one_step(unscale_first):
    model = torch.nn.Linear(1, 1)
    torch.nn.init.zeros_(model.weight)
    torch.nn.init.zeros_(model.bias)
    opt = torch.optim.SGD(model.parameters(), lr=1.0)
    scaler = torch.amp.GradScaler("cpu")  # scale 65536.0
    with torch.autocast(device_type="cpu", dtype=torch.float16):
        loss = F.mse_loss(model(x), y)
    scaler.scale(loss).backward()  # gradients are 65536 times too large
    if unscale_first:
        scaler.unscale_(opt)  # divide them by the scale, in place
    seen = clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(opt)  # unscales (unless done already), then steps
    scaler.update()
    # SGD with lr=1 from zero weights: the weights now hold minus the
    # gradient that the step used
    used = torch.cat([p.detach().flatten() for p in model.parameters()])
    print(f"  clip saw norm {seen.item():.4g}, step used {used.norm():.4g}")
    return scaler.get_scale()


print("unscale_ before clipping (right):")
one_step(unscale_first=True)
print("clipping the scaled gradients (wrong):")
scale = one_step(unscale_first=False)
print(f"max_norm / scale: {1.0 / scale:.4g}")
