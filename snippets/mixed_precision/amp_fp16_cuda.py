# snippet: requires=cuda
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(16, 32), nn.ReLU(), nn.Linear(32, 1))
model.to("cuda")
opt = torch.optim.SGD(model.parameters(), lr=0.05)
scaler = torch.amp.GradScaler("cuda")  # starts at 2**16, then adapts
x = torch.randn(64, 16).to("cuda")
y = x[:, :1] - x[:, 1:2]  # an easy target to learn

losses = []
for _ in range(30):
    opt.zero_grad()
    with torch.autocast(device_type="cuda", dtype=torch.float16):
        out = model(x)  # float16
        loss = F.mse_loss(out, y)  # float32
    scaler.scale(loss).backward()  # backward outside the context
    scaler.step(opt)  # unscales the grads, skips the step on inf/nan
    scaler.update()
    losses.append(loss.item())

print("out:", out.dtype, "| loss:", loss.dtype)
print("weight:", model[0].weight.dtype, "| grad:", model[0].weight.grad.dtype)
print("loss fell:", losses[-1] < losses[0])
